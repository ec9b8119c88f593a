import { isPastTermEnd, organizationName, stateOn, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { HoldingView } from './HoldingView';
import { MemberTable } from './MemberTable';
import { NextHolder } from './NextHolder';
import { OverdueWarning } from './OverdueWarning';
import { StaleWarning } from './StaleWarning';
import { TermProgressBar } from './TermProgressBar';
import { officeName } from '../lib/record-text';
import { t } from '../i18n/messages';
import { lang } from '../i18n/lang';
import { formatDate } from '../lib/dates';
import { nextTenure } from '../lib/next-tenure';

/**
 * The organization on `today`: each office's holder (with the term's progress, a warning when
 * the record is stale, and who comes next by rule), members and observers. Rendered on the server
 * only: the overview holds it for the build date and for each later day on which it changes.
 */
export function CurrentStateView({ record, today }: { record: OrganizationRecord; today: PlainDate }) {
  const state = stateOn(record, today, { today });
  // A term past its end with nothing recorded since: the record may be out of date.
  const stale = record.offices
    .map((o) => state.offices[o.id])
    .flatMap((h) =>
      h?.status === 'held' && isPastTermEnd(h.tenure, today)
        ? [h.tenure]
        : h?.status === 'uncertain' && h.reason.code === 'term-expired'
          ? h.candidates.filter((t) => t.basis === 'recorded' && t.termEnd !== undefined).slice(-1)
          : [],
    );
  const next = new Map(record.offices.filter((o) => o.rules.length > 0).map((o) => [o.id, nextTenure(record, o.id, today)]));
  // A rotation whose next turn is overdue is stale too; a term past its end is already warned about.
  const overdue = [...next.values()].filter((t): t is NonNullable<typeof t> => t?.overdue === true && !stale.some((s) => s.office === t.office));
  // Offices someone holds (or may hold) first, in the record's order; vacant ones in a line below.
  const filled = record.offices.filter((o) => (state.offices[o.id]?.status ?? 'vacant') !== 'vacant');
  const vacant = record.offices.filter((o) => (state.offices[o.id]?.status ?? 'vacant') === 'vacant');
  return (
    <>
      <div class="cards">
        {filled.map((office) => {
          const holding = state.offices[office.id] ?? { status: 'vacant' as const };
          const tenure = holding.status === 'held' ? holding.tenure : undefined;
          return (
            <section class="card" key={office.id} data-office={office.id} aria-labelledby={`office-${office.id}-heading`}>
              <h2 id={`office-${office.id}-heading`}>{officeName(record, office.id)}</h2>
              <HoldingView record={record} holding={holding} date={today} />
              {tenure?.termEnd ? (
                <>
                  <p class="small">{t('termLine')(formatDate(tenure.start), formatDate(tenure.termEnd))}</p>
                  <TermProgressBar start={tenure.start} termEnd={tenure.termEnd} today={today} />
                </>
              ) : null}
              <NextHolder
                record={record}
                office={office}
                today={today}
                next={next.get(office.id)}
                // The holding already names the expected holder among its candidates.
                named={holding.status === 'uncertain' && holding.candidates.some((c) => c.basis === 'projected' && c.holder.party === next.get(office.id)?.holder.party && !c.holder.person)}
              />
            </section>
          );
        })}
      </div>
      {vacant.length > 0 ? (
        <p class="small muted vacant-offices">
          {t('noHolderToday')} {vacant.map((o) => officeName(record, o.id)).join(', ')}.
        </p>
      ) : null}
      {stale.map((t) => (
        <StaleWarning key={t.office} record={record} tenure={t} today={today} />
      ))}
      {overdue.map((t) => (
        <OverdueWarning key={t.office} record={record} next={t} today={today} />
      ))}
      <MemberTable record={record} standings={state.members} date={today} caption={t('membersOf')(organizationName(record, today, lang()).name)} id="members" />
      {state.observers.length > 0 ? <MemberTable record={record} standings={state.observers} date={today} caption={t('observers')} id="observers" /> : null}
      {state.suspended.length > 0 ? <MemberTable record={record} standings={state.suspended} date={today} caption={t('suspended')} id="suspended" /> : null}
    </>
  );
}
