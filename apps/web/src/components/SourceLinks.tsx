import type { OrganizationRecord } from '@turnus/core';
import { paths } from '../lib/paths';
import { formatDate } from '../lib/dates';
import { t } from '../i18n/messages';

/** A compact "Sources:" line: each source's publisher, linked to its entry on the Sources page. */
export function SourceLinks({ record, ids, label }: { record: OrganizationRecord; ids: readonly string[]; label?: string | undefined }) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <p class="sources-line">
      <span class="muted">{label ?? t('sourcesLine')}: </span>
      {unique.map((id, i) => {
        const source = record.sources.find((s) => s.id === id);
        return (
          <>
            {i > 0 ? ', ' : ''}
            <a href={paths.source(record.organization.id, id)} title={source?.title}>
              {source ? `${source.publisher}${source.date ? ` (${formatDate(source.date)})` : ''}` : t('missingSource')}
            </a>
          </>
        );
      })}
    </p>
  );
}
