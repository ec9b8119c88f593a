import { organizationName, type OrganizationRecord, type PlainDate } from '@turnus/core';
import type { ComponentChildren } from 'preact';
import { LANG_NAMES, LANGS, lang, localized, type Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { SiteNav } from './SiteNav';

/**
 * The frame of every page: a skip link, the header with the sections and the language switcher,
 * the content, the footer. `path` is the page's path without its language prefix; `alternates`
 * are the languages the page exists in.
 */
export function Layout({ record, path, today, alternates = ['en'], children }: { record?: OrganizationRecord; path: string; today: PlainDate; alternates?: readonly Lang[]; children: ComponentChildren }) {
  const org = record?.organization.id;
  const name = record ? organizationName(record, today, lang()) : undefined;
  const l = lang();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip')}
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <a class="brand" href={localized(paths.home())}>
            <img src="/favicon.svg" alt="" width="20" height="20" class="brand-mark" />
            Turnus
          </a>
          {org && name ? (
            <a class="org-link" href={localized(paths.overview(org))}>
              {name.abbreviation ?? name.name}
            </a>
          ) : null}
          <nav class="lang-switch" aria-label={t('language')}>
            <ul>
              {LANGS.map((other) => {
                const available = alternates.includes(other);
                const href = localized(available ? path : org ? paths.overview(org) : paths.home(), other);
                return (
                  <li key={other}>
                    <a href={href} hreflang={other} lang={other} aria-current={other === l ? 'true' : undefined}>
                      <span class="lang-full">{LANG_NAMES[other]}</span>
                      <span class="lang-short" aria-hidden="true">
                        {other.toUpperCase()}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
        {org && record ? (
          <div class="wrap">
            <SiteNav org={org} path={path} hide={[...(record.summits.length === 0 ? ['summits'] : []), ...(record.people.length === 0 ? ['people'] : [])]} />
          </div>
        ) : null}
      </header>
      <main id="main" class="wrap" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>{record ? t('footerRecord')(formatDate(record.asOf), formatDate(today)) : t('footerBuilt')(formatDate(today))}</p>
          <p class="muted">{t('footerAbout')}</p>
        </div>
      </footer>
    </>
  );
}
