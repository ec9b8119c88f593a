import type { OrganizationRecord, Tenure } from '@turnus/core';
import { formatAtPrecision, formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { projectedHolderName } from '../lib/record-text';
import { t } from '../i18n/messages';

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
  if (periods.length === 0) return <p>{t('noProjection')}</p>;
  return (
    <div class="table-scroll">
      <table class="stack">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('holderByRule')}</th>
            <th scope="col">{t('from2')}</th>
            <th scope="col">{t('until2')}</th>
            <th scope="col">{t('notes')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p, i) => {
            const changed = changedFrom !== undefined && changedFrom !== null && i >= changedFrom;
            return (
              <tr key={i} class={changed ? 'changed' : undefined}>
                <td data-label="#">{i + 1}</td>
                <td data-label={t('holderByRule')}>
                  {projectedHolderName(record, p)}
                  {changed ? <span class="badge badge-changed">{t('changed')}</span> : null}
                </td>
                <td class="nowrap" data-label={t('from2')}>{formatAtPrecision(p.start, p.startPrecision)}</td>
                <td class="nowrap" data-label={t('until2')}>{p.end ? formatAtPrecision(p.end, p.endPrecision ?? p.startPrecision) : t('open')}</td>
                <td data-label={t('notes')}>
                  {[
                    p.overdue ? t('overdueShould') : undefined,
                    p.estimated ? t('estimatedCadence') : undefined,
                    p.startUncertainUntil && !p.estimated ? t('plannedDayUnknown')(formatDate(p.startUncertainUntil)) : undefined,
                  ]
                    .filter(Boolean)
                    .join('; ')}
                  {p.rule ? (
                    <>
                      {' '}
                      <a class="small" href={`${paths.rules(record.organization.id)}#rule-${p.rule}`}>
                        {record.offices.some((o) => o.rules.some((r) => r.id === p.rule && r.role === 'practice')) ? t('byPractice') : t('byStatedRule')}
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
