// Projection: `project` of 10,000 and 100,000 weekly periods of an alphabetical rotation with a
// roster change every year, against rrule.js `all()` producing as many monthly occurrences.
//
// Weekly, not monthly: plain dates have four-digit years and a projection stops after
// 9999-12-31, so 100,000 monthly periods (8,333 years) cannot fit; 100,000 weeks from 2000 end in
// 3916. rrule.js stops at year 9999 as well: its 100,000 monthly occurrences start in 1601 so
// that all of them fit (from 2000 it returns only 96,000, which this benchmark also reports).
import { project, type OrganizationRecord } from '@turnus/core';
import { RRule, datetime } from 'rrule';
import { argument, consume, pairedRatios, peakRss, perRound, progress, report, rounds, summarize, ROUNDS, type Summary } from './_harness';
import { ANCHOR, projectionRecord } from './_records';

const SIZES = [10_000, 100_000] as const;
/** Roster changes for every year the longest projection covers (100,000 weeks ≈ 1,917 years). */
const YEARS = 1_920;

function monthlyRule(count: number, year: number): RRule {
  return new RRule({ freq: RRule.MONTHLY, dtstart: datetime(year, 1, 1), count }, true);
}

/** A structurally identical record object: the engine compiles it anew (its cache is per object). */
const fresh = (record: OrganizationRecord): OrganizationRecord => ({ ...record });

interface SizeResult {
  readonly periods: number;
  /** Periods `project` returned, the last one's start, and roster changes it crossed. */
  readonly returned: number;
  readonly lastStart: string;
  readonly rosterChanges: number;
  /** Occurrences rrule.js returned from 1601-01-01, and from 2000-01-01 (it stops at year 9999). */
  readonly rruleReturned: number;
  readonly rruleReturnedFrom2000: number;
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
  const options = { today: ANCHOR, count: periods };
  const out = project(record, 'chair', options);
  const last = out[out.length - 1]!;
  if (out.length !== periods) throw new Error(`project returned ${out.length} periods, not ${periods}`);
  const rosterChanges = record.decisions.filter((d) => (d.type === 'admit' || d.type === 'withdraw') && d.date > ANCHOR && d.date < last.start).length;
  const rule = monthlyRule(periods, 1601);
  const all = rule.all();
  const from2000 = monthlyRule(periods, 2000).all().length;
  // Blocks of one batch (two at 10,000), alternating: cold, warm, rrule, cold, warm, rrule…
  const block = { operations: periods, time: 0, iterations: periods >= 100_000 ? 1 : 2, blocks: 3 };
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
    rruleReturnedFrom2000: from2000,
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
  const record = projectionRecord(YEARS);
  if (argument('phase') !== 'record') consume(project(record, 'chair', { today: ANCHOR, count: Number(peakSize) }).length);
  report({ periods: Number(peakSize), phase: argument('phase') ?? 'full', peakRssBytes: peakRss() });
} else {
  const record = projectionRecord(YEARS);
  const sizes: SizeResult[] = [];
  for (const periods of SIZES) {
    progress(`projection: ${periods} periods`);
    sizes.push(await measure(record, periods));
  }
  report({ benchmark: 'projection', rounds: ROUNDS, every: 'P1W', years: YEARS, decisions: record.decisions.length, sizes });
}
