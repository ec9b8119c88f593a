// Future queries: `holderOn` and `stateOn` for a date after the end of the record (the rule
// continues: answered by projection) against the same query for a date inside the history, at
// 1,000, 10,000 and 100,000 recorded weekly periods. Dates: 1,000 past days (uniform over the
// history) and 1,000 future days (uniform over the 52 weeks after the record's last period).
// Interleaved blocks, CPU time; the ratio is future ÷ past per query, block by block.
import { holderOn, stateOn } from '@turnus/core';
import { consume, opsPerSecond, pairedRatios, progress, report, rounds, ROUNDS, type Summary } from './_harness';
import { ANCHOR, dayAfterAnchor, historyRecord, random, week } from './_records';

const SIZES = [1_000, 10_000, 100_000] as const;
const QUERIES = 1_000;

interface SizeResult {
  readonly periods: number;
  readonly today: string;
  readonly opsPerSecond: Record<'holderOnPast' | 'holderOnFuture' | 'stateOnPast' | 'stateOnFuture', Summary>;
  readonly ratios: { readonly holderOnFutureOverPast: Summary; readonly stateOnFutureOverPast: Summary };
  /** How the future queries were answered (held, uncertain, vacant). */
  readonly futureStatuses: Record<string, number>;
}

async function measure(periods: number): Promise<SizeResult> {
  const record = historyRecord(periods);
  const today = week(periods);
  const next = random(periods + 1);
  const past = Array.from({ length: QUERIES }, () => dayAfterAnchor(Math.floor(next() * 7 * periods)));
  const future = Array.from({ length: QUERIES }, () => dayAfterAnchor(7 * periods + 1 + Math.floor(next() * 7 * 52)));
  const options = { today };
  holderOn(record, 'chair', ANCHOR, options);
  const futureStatuses: Record<string, number> = {};
  for (const d of future) {
    const s = holderOn(record, 'chair', d, options).status;
    futureStatuses[s] = (futureStatuses[s] ?? 0) + 1;
  }
  const block = { operations: QUERIES, time: 60, iterations: 2, blocks: 5 };
  const times = await rounds(`future ${periods}`, [
    { name: 'holderOnPast', ...block, batch: () => past.reduce((n, d) => n + (holderOn(record, 'chair', d, options).status === 'held' ? 1 : 0), 0) },
    { name: 'holderOnFuture', ...block, batch: () => future.reduce((n, d) => n + (holderOn(record, 'chair', d, options).status === 'held' ? 1 : 0), 0) },
    { name: 'stateOnPast', ...block, batch: () => past.reduce((n, d) => n + stateOn(record, d, options).members.length, 0) },
    { name: 'stateOnFuture', ...block, batch: () => future.reduce((n, d) => n + stateOn(record, d, options).members.length, 0) },
  ]);
  consume(times);
  return {
    periods,
    today,
    opsPerSecond: {
      holderOnPast: opsPerSecond(times.holderOnPast!, QUERIES),
      holderOnFuture: opsPerSecond(times.holderOnFuture!, QUERIES),
      stateOnPast: opsPerSecond(times.stateOnPast!, QUERIES),
      stateOnFuture: opsPerSecond(times.stateOnFuture!, QUERIES),
    },
    ratios: {
      holderOnFutureOverPast: pairedRatios(times.holderOnFuture!, QUERIES, times.holderOnPast!, QUERIES),
      stateOnFutureOverPast: pairedRatios(times.stateOnFuture!, QUERIES, times.stateOnPast!, QUERIES),
    },
    futureStatuses,
  };
}

const sizes: SizeResult[] = [];
for (const periods of SIZES) {
  progress(`future: ${periods} periods`);
  sizes.push(await measure(periods));
}
report({ benchmark: 'future', rounds: ROUNDS, queries: QUERIES, sizes });
