import { personDisplayName, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { gapsAbout } from '../lib/concerns';
import { paths } from '../lib/paths';
import { officeName } from '../lib/record-text';
import { termProgress } from '../lib/term-progress';
import { DateText } from './DateText';
import { plainText } from '../lib/prose';

/**
 * The record is stale: a term ended by rule and no successor, extension or end is recorded. Says
 * so plainly, with the gap that declares the unknown when the record has one.
 */
export function StaleWarning({ record, tenure, today }: { record: OrganizationRecord; tenure: Tenure; today: PlainDate }) {
  const termEnd = tenure.termEnd!;
  const days = termProgress(tenure.start, termEnd, today).overrunDays;
  const who = tenure.holder.person ? personDisplayName(record, tenure.holder.person) : (tenure.holder.party ?? 'the holder');
  const gaps = gapsAbout(record, { ...(tenure.holder.person ? { person: tenure.holder.person } : {}) }).filter((g) => g.office === tenure.office);
  return (
    <div class="warning" role="note" aria-label="The record may be out of date">
      <p>
        <strong>The record may be out of date.</strong> The term of {who} as {officeName(record, tenure.office)} ended by rule on{' '}
        <DateText date={termEnd} /> ({days} days ago), and the record holds no successor, extension or end of term. {who} is shown as the holder
        because that is the last fact recorded.
      </p>
      {gaps.map((g) => (
        <p key={g.id} class="small">
          {plainText(record, g.description)}{' '}
          <a href={paths.gap(record.organization.id, g.id)}>More about this open question</a>
        </p>
      ))}
    </div>
  );
}
