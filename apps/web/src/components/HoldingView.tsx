import type { Holding, OrganizationRecord, PlainDate } from '@turnus/core';
import { formatAtPrecision, formatDate } from '../lib/dates';
import { endText } from '../lib/tenure-end';
import { DateText } from './DateText';
import { HolderLink } from './HolderLink';

/**
 * Who held an office on a day, honestly: one holder; or, where the record knows a change
 * happened but not when, every candidate; or nobody.
 */
export function HoldingView({ record, holding, date }: { record: OrganizationRecord; holding: Holding; date: PlainDate }) {
  if (holding.status === 'vacant') return <p class="holding holding-vacant">No holder is recorded for this day.</p>;
  if (holding.status === 'uncertain') {
    const last = holding.candidates[holding.candidates.length - 1]!;
    return (
      <div class="holding holding-uncertain">
        <p>
          <strong>Uncertain.</strong> {holding.candidates.length > 1 ? 'Either ' : ''}
          {holding.candidates.map((t, i) => (
            <span key={i}>
              {i > 0 ? ' or ' : ''}
              <HolderLink record={record} tenure={t} date={date} />
            </span>
          ))}
          {last.startUncertainUntil ? (
            <>
              : the change {last.basis === 'projected' ? 'is expected' : 'happened'} some day between {formatDate(last.start)} and{' '}
              {formatDate(last.startUncertainUntil)}, and {last.basis === 'projected' ? 'its day is not known yet' : 'the sources do not say which'}.
            </>
          ) : null}
        </p>
      </div>
    );
  }
  const t = holding.tenure;
  return (
    <p class="holding">
      <HolderLink record={record} tenure={t} date={date} />
      {t.basis === 'projected' ? (
        <span class="badge badge-projected">projected</span>
      ) : null}
      <span class="muted">
        {' '}
        since {t.startPrecision === 'day' ? <DateText date={t.start} /> : formatAtPrecision(t.start, t.startPrecision)}
        {t.end ? <>, until {endText(record, t)}</> : null}
      </span>
    </p>
  );
}
