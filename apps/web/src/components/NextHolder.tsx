import { earliestDay, type Office, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { formatAtPrecision, formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { partyName, projectedHolderName } from '../lib/record-text';

/**
 * Who comes next in an office by its rule. For a chair that passes at summits, the next ordinary
 * summit too: the planned one when the record has it, else the estimate from the rule's cadence.
 */
export function NextHolder({ record, office, today, next, named = false }: { record: OrganizationRecord; office: Office; today: PlainDate; next: Tenure | undefined; named?: boolean }) {
  if (office.rules.length === 0) return null;
  const org = record.organization.id;
  const summitRule = office.rules.some((r) => r.kind === 'rotation' && r.trigger.kind === 'summit');
  const planned = summitRule
    ? record.summits.find((s) => s.kind === 'ordinary' && s.status === 'planned' && earliestDay(s.date) >= earliestDay(today.slice(0, 4)))
    : undefined;
  return (
    <div class="next-holder">
      {summitRule ? (
        <>
          {planned ? (
            <p>
              <strong>Next ordinary summit:</strong> <a href={paths.summit(org, planned.id)}>{planned.name ?? planned.id}</a>: planned for {formatDate(planned.date)}
              {planned.city ? ` in ${planned.city}` : ''}
              {planned.host ? `, hosted by ${partyName(record, planned.host, earliestDay(planned.date))}` : ''} (unconfirmed).
            </p>
          ) : next ? (
            <p>
              <strong>Next ordinary summit:</strong> none recorded; by the rule’s cadence one is estimated for {formatAtPrecision(next.start, next.startPrecision)}.
            </p>
          ) : (
            <p>
              <strong>Next ordinary summit:</strong> none recorded, and the rule gives no estimate.
            </p>
          )}
        </>
      ) : null}
      {named ? null : next ? (
        <p>
          {summitRule ? 'Projected next holder' : 'Next by rule'}: <strong>{projectedHolderName(record, next)}</strong>
          {summitRule ? null : <> from {formatAtPrecision(next.start, next.startPrecision)}</>}
          <span class="badge badge-projected">projected</span>
          {next.overdue ? <span class="badge badge-warning">overdue by rule</span> : null}{' '}
          <a class="small" href={paths.projections(org)}>
            how, and what if
          </a>
        </p>
      ) : (
        <p class="muted">The rule gives no next holder.</p>
      )}
    </div>
  );
}
