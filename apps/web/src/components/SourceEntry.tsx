import type { OrganizationRecord, Source } from '@turnus/core';
import { safeHref } from '../lib/safe-url';
import { DateText } from './DateText';
import { ResearchNotes } from './ResearchNotes';
import { lang } from '../i18n/lang';
import { t } from '../i18n/messages';

const TIER = { official: 'tierOfficial', agency: 'tierAgency', press: 'tierPress', reference: 'tierReference', mirror: 'tierMirror' } as const;

/** A language's name in the page's language ("Russian", "Rusça", "русский"), else its code. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([lang()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One source in full: title, publisher, date, tier, language, note and its external link. */
export function SourceEntry({ record, source }: { record: OrganizationRecord; source: Source }) {
  const href = safeHref(source.url);
  // The title is in the source's language: say so where it is not the page's.
  const titleLang = source.language && source.language.split('-')[0] !== lang() ? source.language : undefined;
  return (
    <>
      {href ? (
        <a class="source-title" href={href} rel="noopener noreferrer external" lang={titleLang}>
          {source.title}
        </a>
      ) : (
        <span class="source-title" lang={titleLang}>
          {source.title}
        </span>
      )}
      <span class="muted">
        {' — '}
        {source.publisher}
        {source.date ? (
          <>
            , <DateText date={source.date} />
          </>
        ) : null}
        {source.language ? <>, {t('inLanguage')(languageName(source.language))}</> : null}
        {source.tier ? <span class={`tier tier-${source.tier}`}>{t(TIER[source.tier])}</span> : <span class="tier">{t('tierNone')}</span>}
      </span>
      {source.note ? <ResearchNotes record={record} notes={[source.note]} summary={t('noteOnSource')} /> : null}
    </>
  );
}
