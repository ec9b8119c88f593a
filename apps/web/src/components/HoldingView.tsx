import type { Holding, OrganizationRecord, PlainDate } from '@turnus/core';
import { describeReason } from '@turnus/core/describe';
import { formatAtPrecision } from '../lib/dates';
import { projectedHolderName } from '../lib/record-text';
import { endText } from '../lib/tenure-end';
import { DateText } from './DateText';
import { Flag } from './Flag';
import { HolderLink } from './HolderLink';
import { t } from '../i18n/messages';
import { lang } from '../i18n/lang';

/**
 * Who held an office on a day, honestly: one holder; or, where the record knows a change
 * happened but not when, every candidate; or nobody.
 */
export function HoldingView({ record, holding, date }: { record: OrganizationRecord; holding: Holding; date: PlainDate }) {
  if (holding.status === 'vacant') return <p class="holding holding-vacant">{t('noHolder')}</p>;
  if (holding.status === 'uncertain') {
    const office = record.offices.find((o) => o.id === holding.candidates[0]?.office);
    return (
      <div class="holding holding-uncertain">
        <p>
          <span class="badge badge-warning">{t('notCertain')}</span>{' '}
          {holding.candidates.length > 1 ? `${t('either')} ` : ''}
          {holding.candidates.map((c, i) => (
            <span key={i}>
              {i > 0 ? ` ${t('or')} ` : ''}
              {c.basis === 'projected' && !c.holder.person ? (
                <>
                  {office?.heldBy === 'person' ? null : <Flag party={c.holder.party} size="large" />}
                  {projectedHolderName(record, c)}
                </>
              ) : (
                <HolderLink record={record} tenure={c} date={date} />
              )}
              {c.basis === 'projected' ? (
                <>
                  {' '}
                  <span class="badge badge-projected">{t('expectedByRule')}</span>
                </>
              ) : null}
            </span>
          ))}
          .
        </p>
        <p class="small">{describeReason(record, holding.reason, { lang: lang() })}</p>
      </div>
    );
  }
  const tenure = holding.tenure;
  return (
    <p class="holding">
      <HolderLink record={record} tenure={tenure} date={date} />
      {tenure.basis === 'projected' ? <span class="badge badge-projected">{t('projected')}</span> : tenure.basis === 'rule' ? <span class="badge">{t('byRule')}</span> : null}
      <span class="muted">
        {' '}
        {t('since')} {tenure.startPrecision === 'day' ? <DateText date={tenure.start} /> : formatAtPrecision(tenure.start, tenure.startPrecision)}
        {tenure.end ? (
          <>
            , {t('until')} {endText(record, tenure)}
          </>
        ) : null}
      </span>
    </p>
  );
}
