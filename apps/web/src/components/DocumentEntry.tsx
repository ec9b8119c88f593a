import type { Decision, OrganizationRecord } from '@turnus/core';
import { formatDate } from '../lib/dates';
import { safeHref } from '../lib/safe-url';
import { SourceLinks } from './SourceLinks';

/** A document adopted or signed: its title (linked when the record gives a safe address), kind, date, sources. */
export function DocumentEntry({ record, decision }: { record: OrganizationRecord; decision: Extract<Decision, { type: 'adopt' }> }) {
  const href = safeHref(decision.url);
  return (
    <li>
      {href ? (
        <a href={href} rel="noopener noreferrer external">
          {decision.title}
        </a>
      ) : (
        <strong>{decision.title}</strong>
      )}{' '}
      <span class="muted">
        ({decision.document}, {formatDate(decision.date)})
      </span>
      {decision.note ? <p class="note">{decision.note}</p> : null}
      <SourceLinks record={record} ids={decision.sources ?? []} />
    </li>
  );
}
