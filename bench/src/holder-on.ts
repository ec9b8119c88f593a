// Holder on a date: `holderOn` on histories of 1,000, 10,000 and 100,000 weekly periods, for the
// same 100,000 random dates, against a bare binary search over the sorted ISO start days (the
// practical limit), a linear scan, and rrule.js `before()` on the equivalent RRULE.
import { holderOn, type OrganizationRecord } from '@turnus/core';
import { RRule, datetime } from 'rrule';
import { argument, consume, opsPerSecond, pairedRatios, peakRss, progress, report, rounds, summarize, timeOnce, ROUNDS, type Summary } from './_harness';
import { ANCHOR, dayAfterAnchor, historyRecord, random } from './_records';

const SIZES = [1_000, 10_000, 100_000] as const;
const QUERIES = 100_000;

/**
 * The slow contenders answer a prefix of the same 100,000 dates (the whole set would take hours
 * for rrule.js at 100,000 periods): as many as keep one batch to about a second.
 */
const LINEAR_DATES: Record<number, number> = { 1_000: 20_000, 10_000: 2_000, 100_000: 500 };
const RRULE_DATES: Record<number, number> = { 1_000: 200, 10_000: 20, 100_000: 10 };

/** 100,000 uniformly random days over the history (from its first day to the end of its last week). */
function randomDates(periods: number): string[] {
  const next = random(periods);
  return Array.from({ length: QUERIES }, () => dayAfterAnchor(Math.floor(next() * 7 * periods)));
}

/** The index of the last start ≤ `date` (-1 if none): the practical limit. */
function binarySearch(starts: readonly string[], date: string): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function linearScan(starts: readonly string[], date: string): number {
  let i = 0;
  while (i < starts.length && starts[i]! <= date) i++;
  return i - 1;
}

/** The weekly RRULE whose occurrences are the periods' start days; no cache, as each query is new. */
function weeklyRule(periods: number): RRule {
  return new RRule({ freq: RRule.WEEKLY, dtstart: datetime(2000, 1, 3), count: periods }, true);
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface SizeResult {
  readonly periods: number;
  readonly queries: number;
  /** Compiling the record (the first query on a new record object), ms. */
  readonly compileMs: Summary;
  readonly contenders: Record<string, { readonly dates: number; readonly meanPosition: number; readonly opsPerSecond: Summary }>;
  readonly ratios: {
    /** holderOn's time per query ÷ the bare binary search's, block by block (the budget: ≤ 3 at 100,000). */
    readonly holderOnOverBinarySearch: Summary;
    /** The linear scan's time per query ÷ holderOn's. */
    readonly linearScanOverHolderOn: Summary;
    /** rrule.js `before()`'s time per query ÷ holderOn's. */
    readonly rruleOverHolderOn: Summary;
  };
}

/** The four contenders answer the same question on the dates the slow ones use; stop if not. */
function checkAgreement(record: OrganizationRecord, starts: readonly string[], dates: readonly string[], rule: RRule, rruleDates: number): void {
  for (const [i, date] of dates.entries()) {
    const h = holderOn(record, 'chair', date);
    const expected = starts[binarySearch(starts, date)];
    const linear = starts[linearScan(starts, date)];
    const fromRrule = i < rruleDates ? rule.before(utcDay(date), true)?.toISOString().slice(0, 10) : expected;
    if (h.status !== 'held' || h.tenure.start !== expected || linear !== expected || fromRrule !== expected) {
      throw new Error(`contenders disagree on ${date}: holderOn ${h.status === 'held' ? h.tenure.start : h.status}, binary search ${expected}, linear ${linear}, rrule ${fromRrule}`);
    }
  }
}

async function measure(periods: number): Promise<SizeResult> {
  const record = historyRecord(periods);
  const starts = record.decisions.filter((d) => d.type === 'handover').map((d) => d.date);
  const dates = randomDates(periods);
  const rule = weeklyRule(periods);
  checkAgreement(record, starts, dates.slice(0, 1_000), rule, RRULE_DATES[periods]!);
  holderOn(record, 'chair', ANCHOR); // compile once (cached per record object) before timing queries
  const linearDates = dates.slice(0, LINEAR_DATES[periods]);
  const rruleDates = dates.slice(0, RRULE_DATES[periods]).map(utcDay);
  const position = (list: readonly string[]) => list.reduce((sum, d) => sum + (Date.parse(d) - Date.parse(ANCHOR)) / (7 * periods * 86_400_000), 0) / list.length;
  const contenders = [
    {
      name: 'holderOn',
      operations: dates.length,
      time: 100,
      iterations: 2,
      blocks: 5,
      batch: () => {
        let n = 0;
        for (const date of dates) if (holderOn(record, 'chair', date).status === 'held') n++;
        return n;
      },
    },
    {
      name: 'binarySearch',
      operations: dates.length,
      time: 100,
      iterations: 2,
      blocks: 5,
      batch: () => {
        let n = 0;
        for (const date of dates) n += binarySearch(starts, date);
        return n;
      },
    },
    {
      name: 'linearScan',
      operations: linearDates.length,
      time: 300,
      iterations: 2,
      batch: () => {
        let n = 0;
        for (const date of linearDates) n += linearScan(starts, date);
        return n;
      },
    },
    {
      name: 'rrule',
      operations: rruleDates.length,
      time: 0,
      iterations: 1,
      warmup: false,
      batch: () => {
        let n = 0;
        for (const date of rruleDates) if (rule.before(date, true)) n++;
        return n;
      },
    },
  ];
  const times = await rounds(`holder-on ${periods}`, contenders);
  const ratio = (a: string, b: string) => {
    const operations = (name: string) => contenders.find((c) => c.name === name)!.operations;
    return pairedRatios(times[a]!, operations(a), times[b]!, operations(b));
  };
  const compileMs = summarize(Array.from({ length: ROUNDS }, () => timeOnce(() => holderOn({ ...record }, 'chair', ANCHOR))));
  return {
    periods,
    queries: dates.length,
    compileMs,
    contenders: {
      holderOn: { dates: dates.length, meanPosition: position(dates), opsPerSecond: opsPerSecond(times.holderOn!, dates.length) },
      binarySearch: { dates: dates.length, meanPosition: position(dates), opsPerSecond: opsPerSecond(times.binarySearch!, dates.length) },
      linearScan: { dates: linearDates.length, meanPosition: position(linearDates), opsPerSecond: opsPerSecond(times.linearScan!, linearDates.length) },
      rrule: { dates: rruleDates.length, meanPosition: position(dates.slice(0, rruleDates.length)), opsPerSecond: opsPerSecond(times.rrule!, rruleDates.length) },
    },
    ratios: {
      holderOnOverBinarySearch: ratio('holderOn', 'binarySearch'),
      linearScanOverHolderOn: ratio('linearScan', 'holderOn'),
      rruleOverHolderOn: ratio('rrule', 'holderOn'),
    },
  };
}

/**
 * `--peak <periods>`: one pass for the memory benchmark, in a process of its own. Phase `record`
 * builds the record and the dates only; phase `full` also compiles and answers every date.
 */
function peak(periods: number, phase: string): void {
  const record = historyRecord(periods);
  const dates = randomDates(periods);
  if (phase === 'full') {
    let held = 0;
    for (const date of dates) if (holderOn(record, 'chair', date).status === 'held') held++;
    consume(held);
  }
  report({ periods, phase, peakRssBytes: peakRss() });
}

const peakSize = argument('peak');
if (peakSize) {
  peak(Number(peakSize), argument('phase') ?? 'full');
} else {
  const sizes: SizeResult[] = [];
  for (const periods of SIZES) {
    progress(`holder-on: ${periods} periods`);
    sizes.push(await measure(periods));
  }
  report({ benchmark: 'holder-on', rounds: ROUNDS, sizes });
}
