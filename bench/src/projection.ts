// Projection: `project` of 1,000, 10,000 and 100,000 monthly periods of an alphabetical rotation
// with a roster change every year, against rrule.js `all()` producing as many monthly occurrences
// over the same span: both start on 1601-01-01 (100,000 months end in 9934, before the year 9999
// where both stop). Like for like: monthly against monthly, the same dates.
import { project, type OrganizationRecord } from '@turnus/core';
import { RRule, datetime } from 'rrule';
import { argument, consume, pairedRatios, peakRss, perRound, progress, report, rounds, summarize, ROUNDS, type Summary } from './_harness';
import { projectionRecord } from './_records';

const SIZES = [1_000, 10_000, 100_000] as const;
/** Both contenders start here; the engine's record is anchored on this day. */
const START = '1601-01-01';
/** Roster changes for every year the longest projection covers (100,000 months ≈ 8,334 years). */
const YEARS = 8_340;

/** `count` monthly dates from the ISO day `from` (the engine's first projected start). */
function monthlyRule(count: number, from: string): RRule {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return new RRule({ freq: RRule.MONTHLY, dtstart: datetime(y, m, d), count }, true);
}

/** A structurally identical record object: the engine compiles it anew (its cache is per object). */
const fresh = (record: OrganizationRecord): OrganizationRecord => ({ ...record });

interface SizeResult {
  readonly periods: number;
  /** Periods `project` returned, the last one's start, and roster changes it crossed. */
  readonly returned: number;
  readonly lastStart: string;
  readonly rosterChanges: number;
  /** Occurrences rrule.js returned from 1601-01-01, and the first start both agree on. */
  readonly rruleReturned: number;
  readonly sameStarts: boolean;
  readonly rruleLast: string;
  readonly ms: Record<'projectCold' | 'projectWarm' | 'rruleAll', Summary>;
  readonly ratios: {
    /** A new record object each time (compile + orders + projection) ÷ rrule.js `all()`, block by block: the budget (≤ 1 at 100,000). */
    readonly projectColdOverRrule: Summary;
    /** The same record object again (its compiled model and per-span orders cached) ÷ rrule.js `all()`. */
    readonly projectWarmOverRrule: Summary;
  };
}

async function measure(record: OrganizationRecord, periods: number): Promise<SizeResult> {
  const options = { today: START, count: periods };
  const out = project(record, 'chair', options);
  const last = out[out.length - 1]!;
  if (out.length !== periods) throw new Error(`project returned ${out.length} periods, not ${periods}`);
  const rosterChanges = record.decisions.filter((d) => (d.type === 'admit' || d.type === 'withdraw') && d.date > START && d.date < last.start).length;
  const rule = monthlyRule(periods, out[0]!.start);
  const all = rule.all();
  // Same span: the engine's starts and rrule's dates must be the same days.
  const sameStarts = all.length === out.length && out.every((t, i) => t.start === all[i]!.toISOString().slice(0, 10));
  if (!sameStarts) throw new Error(`projection ${periods}: the engine's period starts and rrule.js's dates differ (${out[0]!.start}…${last.start} vs ${all[0]?.toISOString().slice(0, 10)}…)`);
  // Blocks of one batch (two at 10,000), alternating: cold, warm, rrule, cold, warm, rrule…
  const block = { operations: periods, time: 0, iterations: periods >= 100_000 ? 1 : periods >= 10_000 ? 2 : 20, blocks: 3 };
  const times = await rounds(`projection ${periods}`, [
    { name: 'projectCold', ...block, batch: () => project(fresh(record), 'chair', options).length },
    { name: 'projectWarm', ...block, batch: () => project(record, 'chair', options).length },
    { name: 'rruleAll', ...block, batch: () => rule.all().length },
  ]);
  return {
    periods,
    returned: out.length,
    lastStart: last.start,
    rosterChanges,
    rruleReturned: all.length,
    sameStarts,
    rruleLast: all[all.length - 1]!.toISOString().slice(0, 10),
    ms: { projectCold: summarize(perRound(times.projectCold!)), projectWarm: summarize(perRound(times.projectWarm!)), rruleAll: summarize(perRound(times.rruleAll!)) },
    ratios: {
      projectColdOverRrule: pairedRatios(times.projectCold!, periods, times.rruleAll!, periods),
      projectWarmOverRrule: pairedRatios(times.projectWarm!, periods, times.rruleAll!, periods),
    },
  };
}

const peakSize = argument('peak');
if (peakSize) {
  // One pass for the memory benchmark: phase `record` builds the record only.
  const record = projectionRecord(YEARS, START, 'P1M');
  if (argument('phase') !== 'record') consume(project(record, 'chair', { today: START, count: Number(peakSize) }).length);
  report({ periods: Number(peakSize), phase: argument('phase') ?? 'full', peakRssBytes: peakRss() });
} else {
  const record = projectionRecord(YEARS, START, 'P1M');
  const sizes: SizeResult[] = [];
  for (const periods of SIZES) {
    progress(`projection: ${periods} periods`);
    sizes.push(await measure(record, periods));
  }
  report({ benchmark: 'projection', rounds: ROUNDS, every: 'P1M', start: START, years: YEARS, decisions: record.decisions.length, sizes });
}
