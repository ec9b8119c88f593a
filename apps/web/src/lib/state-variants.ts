import { addDays, history, isPastTermEnd, membershipHistory, project, stateOn, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { nextTenure } from './next-tenure';

/** The days after `today`, within `horizon` days, on which the overview's state may change. */
function candidateDays(record: OrganizationRecord, today: PlainDate, horizon: PlainDate): PlainDate[] {
  const days = new Set<PlainDate>();
  const add = (d: PlainDate | null | undefined) => {
    if (d && d > today && d <= horizon) days.add(d);
  };
  const tenure = (t: Tenure) => {
    add(t.start);
    add(t.end);
    add(t.termEnd);
    add(t.startUncertainUntil);
    add(t.endUncertainUntil);
  };
  for (const office of record.offices) {
    history(record, office.id).forEach(tenure);
    if (office.rules.length > 0) project(record, office.id, { today, count: 2 }).forEach(tenure);
  }
  for (const periods of membershipHistory(record).values()) {
    for (const p of periods) {
      add(p.start);
      add(p.end);
    }
  }
  for (const s of record.summits) if (s.date.length === 10) add(s.date);
  return [...days].sort();
}

/** What the overview shows on a day, reduced to what can change from one day to another. */
function signature(record: OrganizationRecord, day: PlainDate): string {
  const state = stateOn(record, day, { today: day });
  const offices = record.offices.map((o) => {
    const h = state.offices[o.id];
    const tenures = h?.status === 'held' ? [h.tenure] : h?.status === 'uncertain' ? h.candidates : [];
    const next = o.rules.length > 0 ? nextTenure(record, o.id, day) : undefined;
    return [h?.status, tenures.map((t) => [t.holder.person, t.holder.party, t.start, t.basis, isPastTermEnd(t, day)]), next && [next.holder.party, next.start, next.overdue]];
  });
  return JSON.stringify([offices, state.members.map((m) => m.party), state.observers.map((m) => m.party), state.suspended.map((m) => m.party)]);
}

/**
 * The days from `today` on which the overview differs, within a year, at most `max`: the first is
 * `today`; `until` is the day after which the page can no longer say (the horizon, or the next
 * change past the last day kept).
 */
export function stateVariants(record: OrganizationRecord, today: PlainDate, max = 6): { days: PlainDate[]; until: PlainDate } {
  const horizon = addDays(today, 366);
  const days: PlainDate[] = [today];
  let last = signature(record, today);
  for (const day of candidateDays(record, today, horizon)) {
    const sig = signature(record, day);
    if (sig === last) continue;
    if (days.length === max) return { days, until: day };
    days.push(day);
    last = sig;
  }
  return { days, until: horizon };
}
