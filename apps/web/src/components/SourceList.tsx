import type { OrganizationRecord } from '@turnus/core';
import { paths } from '../lib/paths';
import { SourceEntry } from './SourceEntry';
import { t } from '../i18n/messages';

/** The full list of the sources behind a page, each linking out and to the Sources page. */
export function SourceList({ record, ids, title = t('sources') }: { record: OrganizationRecord; ids: readonly string[]; title?: string }) {
  const sources = [...new Set(ids)].map((id) => record.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{title}</h2>
      <ol class="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <SourceEntry record={record} source={s} />{' '}
            <a class="small" href={paths.source(record.organization.id, s.id)}>
              {t('whatElse')}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
