import { isPastTermEnd, organizationName, stateOn, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { HoldingView, holdingWords } from './HoldingView';
import { MemberTable } from './MemberTable';
import { NextHolder } from './NextHolder';
import { OverdueWarning } from './OverdueWarning';
import { StaleWarning } from './StaleWarning';
import { TermProgressBar } from './TermProgressBar';
import { officeName } from '../lib/record-text';
import { t } from '../i18n/messages';
import { lang } from '../i18n/lang';
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
          const holding = state.offices[office.id] ?? { status: 'vacant' as const, certainty: 'uncertain' as const };
          const tenure = holding.status === 'held' ? holding.tenure : undefined;
          return (
            <section class="card" key={office.id} data-office={office.id} aria-labelledby={`office-${office.id}-heading`}>
              <h2 id={`office-${office.id}-heading`}>{officeName(record, office.id)}</h2>
              <HoldingView record={record} holding={holding} date={today} />
              {/* The period (the core's words) already says when the term ends; the bar shows how far it has run. */}
              {tenure?.termEnd ? <TermProgressBar start={tenure.start} termEnd={tenure.termEnd} today={today} /> : null}
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
        // Offices nobody holds today, each with the core's answer: not recorded, or nobody by rule and why.
        <ul class="small muted vacant-offices">
          {vacant.map((o) => {
            const d = holdingWords(record, state.offices[o.id] ?? { status: 'vacant', certainty: 'uncertain' }, today);
            return (
              <li key={o.id} data-office={o.id}>
                {officeName(record, o.id)}: {d.headline}.{d.certainty !== 'uncertain' && d.why ? ` ${d.why}` : ''}
              </li>
            );
          })}
        </ul>
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
