import type { OrganizationRecord, Source } from '@turnus/core';
import { safeHref } from '../lib/safe-url';
import { DateText } from './DateText';
import { ResearchNotes } from './ResearchNotes';

/** One source in full: title, publisher, date, tier, language, note and its external link. */
export function SourceEntry({ record, source }: { record: OrganizationRecord; source: Source }) {
  const href = safeHref(source.url);
  return (
    <>
      {href ? (
        <a class="source-title" href={href} rel="noopener noreferrer external">
          {source.title}
        </a>
      ) : (
        <span class="source-title">{source.title}</span>
      )}
      <span class="muted">
        {' — '}
        {source.publisher}
        {source.date ? (
          <>
            , <DateText date={source.date} />
          </>
        ) : null}
        {source.language ? <>, in {source.language}</> : null}
        {source.tier ? <span class={`tier tier-${source.tier}`}>{source.tier}</span> : <span class="tier">tier not assigned</span>}
      </span>
      {source.note ? <ResearchNotes record={record} notes={[source.note]} summary="Note on this source" /> : null}
    </>
  );
}
