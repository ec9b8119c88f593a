import { localized, lang } from '../i18n/lang';
import { t, type Messages } from '../i18n/messages';
import { paths } from '../lib/paths';

/** The sections; `translated` ones exist in every interface language, the others in English only. */
const SECTIONS: readonly [key: keyof Messages, to: (org: string) => string, translated: boolean][] = [
  ['overview', paths.overview, true],
  ['timeline', paths.timeline, true],
  ['summits', paths.summits, false],
  ['people', paths.people, false],
  ['onThisDate', (org: string) => paths.onThisDate(org), true],
  ['projections', paths.projections, false],
  ['rules', paths.rules, false],
  ['sources', paths.sources, false],
  ['downloads', paths.downloads, false],
];

/** Whether a section page is built in every interface language. */
export function isTranslatedSection(org: string, path: string): boolean {
  return SECTIONS.some(([, to, translated]) => translated && to(org) === path);
}

/**
 * The organization's sections as one line of tabs (it scrolls sideways inside itself on a phone);
 * the current one (or its parent, for a summit or a person) is marked. In Turkish or Russian, a
 * section that exists only in English says so.
 */
export function SiteNav({ org, path, hide = [] }: { org: string; path: string; hide?: readonly string[] }) {
  const l = lang();
  return (
    <nav class="site-nav" aria-label={t('sections')}>
      <ul>
        {SECTIONS.filter(([key]) => !hide.includes(key)).map(([key, to, translated]) => {
          const base = to(org);
          const href = translated ? localized(base) : base;
          const current = path === base ? 'page' : base !== paths.overview(org) && path.startsWith(base) ? 'true' : undefined;
          return (
            <li key={base}>
              <a href={href} aria-current={current} {...(l !== 'en' && !translated ? { hreflang: 'en' } : {})}>
                {t(key) as string}
                {l !== 'en' && !translated ? (
                  <span class="nav-lang" lang="en" title={t('inEnglish')}>
                    {' '}
                    EN
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
