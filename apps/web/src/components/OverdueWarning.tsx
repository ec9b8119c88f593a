import { daysBetween, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { formatAtPrecision } from '../lib/dates';
import { gapsAbout } from '../lib/concerns';
import { paths } from '../lib/paths';
import { officeName, projectedHolderName } from '../lib/record-text';
import { plainText } from '../lib/prose';

/**
 * The record is behind its rule: the next period by rule should already have begun, and no
 * handover is recorded (a rotating chair whose turn has passed). Says so, with any declared gap.
 */
export function OverdueWarning({ record, next, today }: { record: OrganizationRecord; next: Tenure; today: PlainDate }) {
  const days = daysBetween(next.start, today);
  // Only gaps dated from the missed change on: an undated gap about the office says nothing about it.
  const gaps = gapsAbout(record, { office: next.office, span: { start: next.start, end: null } }).filter((g) => g.from !== undefined);
  return (
    <div class="warning" role="note" aria-label="The record may be out of date">
      <p>
        <strong>The record may be out of date.</strong> By its rule, the {officeName(record, next.office)} should have passed to {projectedHolderName(record, next)} on{' '}
        {formatAtPrecision(next.start, next.startPrecision)}
        {next.startPrecision === 'day' ? ` (${days} days ago)` : ''}, and the record holds no such change. The holder shown is the last one recorded.
      </p>
      {gaps.map((g) => (
        <p key={g.id} class="small">
          {plainText(record, g.description)} <a href={paths.gap(record.organization.id, g.id)}>More about this open question</a>
        </p>
      ))}
    </div>
  );
}
