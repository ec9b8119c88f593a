import type { OrganizationRecord, Tenure } from '@turnus/core';
import { formatAtPrecision, formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { projectedHolderName } from '../lib/record-text';

/** Projected periods of an office in a table, with what is estimated or overdue said in words. */
export function ProjectionTable({
  record,
  periods,
  caption,
  changedFrom,
}: {
  record: OrganizationRecord;
  periods: readonly Tenure[];
  caption: string;
  /** Rows from this index on are marked as changed (what-if). */
  changedFrom?: number | null;
}) {
  if (periods.length === 0) return <p>No projection: no rule governs this office, or the rule gives no next holder.</p>;
  return (
    <div class="table-scroll">
      <table class="stack">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Holder by rule</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((t, i) => {
            const changed = changedFrom !== undefined && changedFrom !== null && i >= changedFrom;
            return (
              <tr key={i} class={changed ? 'changed' : undefined}>
                <td data-label="#">{i + 1}</td>
                <td data-label="Holder by rule">
                  {projectedHolderName(record, t)}
                  {changed ? <span class="badge badge-changed">changed</span> : null}
                </td>
                <td class="nowrap" data-label="From">{formatAtPrecision(t.start, t.startPrecision)}</td>
                <td class="nowrap" data-label="Until">{t.end ? formatAtPrecision(t.end, t.startPrecision === 'day' ? 'day' : t.startPrecision) : 'open'}</td>
                <td data-label="Notes">
                  {[
                    t.overdue ? 'overdue: should already have begun by rule' : undefined,
                    t.estimated ? 'dates estimated from the summit cadence' : undefined,
                    t.startUncertainUntil && !t.estimated ? `a planned summit, day not known (before ${formatDate(t.startUncertainUntil)})` : undefined,
                  ]
                    .filter(Boolean)
                    .join('; ')}
                  {t.rule ? (
                    <>
                      {' '}
                      <a class="small" href={`${paths.rules(record.organization.id)}#rule-${t.rule}`}>
                        {record.offices.some((o) => o.rules.some((r) => r.id === t.rule && r.role === 'practice')) ? 'by the practice' : 'by the stated rule'}
                      </a>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
