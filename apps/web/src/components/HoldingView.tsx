import type { Holding, OrganizationRecord, PlainDate } from '@turnus/core';
import { describeReason } from '@turnus/core/describe';
import { formatAtPrecision } from '../lib/dates';
import { projectedHolderName } from '../lib/record-text';
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
    return (
      <div class="holding holding-uncertain">
        <p>
          <span class="badge badge-warning">not certain</span>{' '}
          {holding.candidates.length > 1 ? 'Either ' : ''}
          {holding.candidates.map((t, i) => (
            <span key={i}>
              {i > 0 ? ' or ' : ''}
              {t.basis === 'projected' && !t.holder.person ? projectedHolderName(record, t) : <HolderLink record={record} tenure={t} date={date} />}
              {t.basis === 'projected' ? <span class="badge badge-projected">expected by rule</span> : null}
            </span>
          ))}
          .
        </p>
        <p class="small">{describeReason(record, holding.reason)}</p>
      </div>
    );
  }
  const t = holding.tenure;
  return (
    <p class="holding">
      <HolderLink record={record} tenure={t} date={date} />
      {t.basis === 'projected' ? <span class="badge badge-projected">projected</span> : t.basis === 'rule' ? <span class="badge" title="Not recorded, but certain from the rule">by rule</span> : null}
      <span class="muted">
        {' '}
        since {t.startPrecision === 'day' ? <DateText date={t.start} /> : formatAtPrecision(t.start, t.startPrecision)}
        {t.end ? <>, until {endText(record, t)}</> : null}
      </span>
    </p>
  );
}
