import { localized, unlocalized } from '../i18n/lang';
import { t, type Messages } from '../i18n/messages';
import { paths } from '../lib/paths';

/** The sections of an organization, each built in every interface language. */
const SECTIONS: readonly [key: keyof Messages, to: (org: string) => string][] = [
  ['overview', paths.overview],
  ['timeline', paths.timeline],
  ['summits', paths.summits],
  ['people', paths.people],
  ['onThisDate', (org: string) => paths.onThisDate(org)],
  ['projections', paths.projections],
  ['rules', paths.rules],
  ['sources', paths.sources],
  ['downloads', paths.downloads],
];

/**
 * The organization's sections as one line of tabs (it scrolls sideways inside itself on a phone);
 * the current one (or its parent, for a summit or a person) is marked. `path` is the page's
 * address in any language.
 */
export function SiteNav({ org, path, hide = [] }: { org: string; path: string; hide?: readonly string[] }) {
  const here = unlocalized(path);
  return (
    <nav class="site-nav" aria-label={t('sections')}>
      <ul>
        {SECTIONS.filter(([key]) => !hide.includes(key)).map(([key, to]) => {
          const base = unlocalized(to(org));
          const current = here === base ? 'page' : base !== unlocalized(paths.overview(org)) && here.startsWith(base) ? 'true' : undefined;
          return (
            <li key={base}>
              <a href={localized(base)} aria-current={current}>
                {t(key) as string}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
