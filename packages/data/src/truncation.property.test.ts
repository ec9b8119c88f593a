/**
 * Truncation invariance (issue 9, item 2): a record cut at any month T — every handover that took
 * effect after T dropped, everything known in advance kept (memberships with their terms, fixed
 * schedules, declared skips, swaps, defers, replacements and extensions, rule versions, summits) —
 * must never state as fact a holder that the full record contradicts. For every later day, the cut
 * record's answer is the full record's holder, or `uncertain` naming it among the candidates.
 *
 * The property is checked exhaustively rather than sampled: every month of each record's span is
 * a cut, and every day from the cut to two years after the full record's last recorded period is
 * asked. Each cut record is compiled once (the engine caches the model per record object), so the
 * cost is one compilation per cut plus one binary search per day.
 */
import { addDays, addDuration, afterLatestDay, earliestDay, holderOn, type Holding, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { describe, expect, it } from 'vitest';
import { records } from './index';

/** The day a decision takes effect: its `effective` day, else the first day of its (partial) date. */
function effectiveDay(d: OrganizationRecord['decisions'][number]): PlainDate {
  return ('effective' in d && d.effective) || earliestDay(d.date);
}

/**
 * The record as it stood at the end of day `t`: handovers of `office` that took effect after `t`
 * are dropped, and its knowledge horizon (the record's, and each office's) is at most `t`: a record
 * of that day could not know the events after it.
 */
function cutAt(record: OrganizationRecord, office: string, t: PlainDate): OrganizationRecord {
  const known = <T extends { readonly horizon?: PlainDate | undefined }>(o: T): T => (o.horizon !== undefined && o.horizon > t ? { ...o, horizon: t } : o);
  return { ...known(record), offices: record.offices.map(known), decisions: record.decisions.filter((d) => !(d.type === 'handover' && d.office === office && effectiveDay(d) > t)) };
}

/** The last day of every month from the month of `from` to the month of `to`, both included. */
function monthEnds(from: PlainDate, to: PlainDate): PlainDate[] {
  const out: PlainDate[] = [];
  for (let month = `${from.slice(0, 7)}`; month <= to.slice(0, 7); month = afterLatestDay(month).slice(0, 7)) {
    out.push(addDays(afterLatestDay(month), -1));
  }
  return out;
}

function parties(h: Holding): (string | null)[] {
  if (h.status === 'held') return [h.tenure.holder.party];
  if (h.status === 'uncertain') return h.candidates.map((c) => c.holder.party);
  return [];
}

function show(h: Holding): string {
  if (h.status === 'held') return `held ${h.tenure.holder.party} (${h.tenure.basis}${h.tenure.reason ? `, ${h.tenure.reason.code}` : ''})`;
  if (h.status === 'uncertain') return `uncertain [${parties(h).join(', ')}] (${h.reason.code})`;
  return `vacant${h.reason ? ` (${h.reason.code})` : ''}`;
}

/**
 * Whether the cut record's answer is compatible with the full record's: it may say less (be
 * uncertain), never something else as fact.
 * - the full record names a holder: the cut names the same one, or is uncertain and names it;
 * - the full record is uncertain: a holder the cut states as fact is one of the full candidates;
 * - the full record says vacant: the cut states no holder as fact.
 * A cut that says `vacant` where the full record has a holder or candidates states a fact too.
 */
function compatible(full: Holding, cut: Holding): boolean {
  if (full.status === 'held') {
    const holder = full.tenure.holder.party;
    return cut.status === 'held' ? cut.tenure.holder.party === holder : cut.status === 'uncertain' && parties(cut).includes(holder);
  }
  if (full.status === 'uncertain') {
    return cut.status === 'held' ? parties(full).includes(cut.tenure.holder.party) : cut.status === 'uncertain';
  }
  return cut.status !== 'held';
}

interface Violation {
  readonly cut: PlainDate;
  readonly day: PlainDate;
  readonly full: string;
  readonly truncated: string;
}

interface Run {
  readonly cuts: number;
  readonly days: number;
  readonly checks: number;
  readonly violations: Violation[];
}

function checkTruncation(record: OrganizationRecord, office: string): Run {
  const handovers = record.decisions.filter((d) => d.type === 'handover' && d.office === office).map(effectiveDay).sort();
  const first = handovers[0]!;
  const last = handovers[handovers.length - 1]!;
  // The horizon: two years after the full record's last recorded period ends (by its rule).
  const lastHeld = holderOn(record, office, last);
  const lastEnd = lastHeld.status === 'held' && lastHeld.tenure.end !== null ? lastHeld.tenure.end : last;
  const horizon = addDuration(lastEnd, 'P2Y');
  const days: PlainDate[] = [];
  for (let day = first; day < horizon; day = addDays(day, 1)) days.push(day);
  const fullAnswers = days.map((day) => holderOn(record, office, day));
  const violations: Violation[] = [];
  let checks = 0;
  const cuts = monthEnds(first, last);
  for (const t of cuts) {
    const cut = cutAt(record, office, t);
    for (let i = days.findIndex((d) => d > t); i !== -1 && i < days.length; i++) {
      const day = days[i]!;
      const answer = holderOn(cut, office, day);
      checks++;
      if (!compatible(fullAnswers[i]!, answer)) violations.push({ cut: t, day, full: show(fullAnswers[i]!), truncated: show(answer) });
    }
  }
  return { cuts: cuts.length, days: days.length, checks, violations };
}

/** The first violation of each run of consecutive days with the same answers, per cut: readable failures. */
function summarize(violations: readonly Violation[]): string[] {
  const out: string[] = [];
  let previous: Violation | undefined;
  for (const v of violations) {
    if (!previous || previous.cut !== v.cut || previous.full !== v.full || previous.truncated !== v.truncated) {
      out.push(`cut ${v.cut}, from ${v.day}: full record ${v.full}, cut record ${v.truncated}`);
    }
    previous = v;
  }
  return out;
}

const cases = [
  { id: 'unsc', office: 'president' },
  { id: 'eu-council', office: 'presidency' },
  { id: 'asean', office: 'chair' },
] as const;

describe('truncation invariance: a record cut at any month never contradicts the full record', () => {
  for (const { id, office } of cases) {
    it(`${id} ${office}: every month of the span as a cut, every later day up to two years after the record`, () => {
      const record = records[id]!;
      const run = checkTruncation(record, office);
      expect(run.cuts).toBeGreaterThan(10);
      expect(run.checks).toBeGreaterThan(run.cuts * 365);
      // No known exceptions: every violation is a record or engine defect to fix, never to pin.
      expect(summarize(run.violations).slice(0, 40)).toEqual([]);
      if (process.env.TRUNCATION_STATS) console.log(id, { cuts: run.cuts, days: run.days, checks: run.checks, violations: run.violations.length });
    });
  }
});
