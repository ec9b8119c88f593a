import type { Gap, OrganizationRecord } from '@turnus/core';
import { paths } from '../lib/paths';
import { SourceLinks } from './SourceLinks';
import { plainText } from '../lib/prose';

/** Known unknowns shown where they matter, so a visitor sees what the record does not know. */
export function GapList({ record, gaps, heading = 'What is not known' }: { record: OrganizationRecord; gaps: readonly Gap[]; heading?: string }) {
  if (gaps.length === 0) return null;
  return (
    <section class="callout callout-gap" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {gaps.map((g) => (
          <li key={g.id}>
            {plainText(record, g.description)}{' '}
            <a class="small" href={paths.gap(record.organization.id, g.id)}>
              more about this open question
            </a>
            <SourceLinks record={record} ids={g.sources ?? []} />
          </li>
        ))}
      </ul>
    </section>
  );
}
