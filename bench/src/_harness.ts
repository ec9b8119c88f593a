// What every benchmark shares: summaries (min/median/max), the interleaved rounds, the way a
// benchmark hands its result to the runner, and where the repository is.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';

/** The repository root (the bundles run from `bench/dist/`). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The clock of every in-process measurement: this process's CPU time (user + system, all its
 * threads, from `process.cpuUsage()`), in ms. On a shared two-core machine the wall clock also
 * counts the time the process waits for a core while others run; CPU time counts only the work.
 * Interleaved holderOn / binary-search blocks under a load average of 5 gave ratios of 1.18–3.31
 * by the wall clock and 1.86–2.34 by CPU time, with the same median (2.2).
 */
export function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Min, median and max of repeated measurements, and how many there were. */
export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly n: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('nothing to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** How many interleaved rounds each benchmark runs (`BENCH_ROUNDS`, default 5). */
export const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));

/** One contender: a batch of work, how many operations one batch is, and how long to sample it. */
export interface Contender {
  readonly name: string;
  /** Runs one batch; returns a value the benchmark keeps, so the work cannot be optimized away. */
  readonly batch: () => unknown;
  /** Operations in one batch (queries, periods…). */
  readonly operations: number;
  /** One block: tinybench samples batches for at least this long (ms) and at least this many. */
  readonly time: number;
  readonly iterations: number;
  /** Blocks per round (default 1); blocks of different contenders alternate within the round. */
  readonly blocks?: number;
  /** Run one batch before the first round (default true); off for batches of seconds. */
  readonly warmup?: boolean;
}

/** Per contender, per round: the median batch time (CPU ms) of each of its blocks, in schedule order. */
export type RoundTimes = Record<string, number[][]>;

let sink = 0;
/** Keeps results alive (and visible to the optimizer) so no batch is dead code. */
export function consume(value: unknown): void {
  sink = (sink + (typeof value === 'number' ? value : value === undefined ? 0 : 1)) | 0;
}

/**
 * Runs the contenders in `ROUNDS` rounds, timed in CPU time ({@link cpuNow}). Within a round the contenders' blocks alternate
 * (A B C, A B, A B…: short blocks of tinybench samples), in an order that rotates from round to
 * round, so that contenders compared with each other ran within a fraction of a second of each
 * other on a machine whose load keeps changing. Ratios are then taken block by block, round by
 * round (see {@link pairedRatios}).
 */
export async function rounds(label: string, contenders: readonly Contender[]): Promise<RoundTimes> {
  const times: RoundTimes = Object.fromEntries(contenders.map((c) => [c.name, []]));
  for (const c of contenders) if (c.warmup ?? true) consume(c.batch());
  const most = Math.max(...contenders.map((c) => c.blocks ?? 1));
  for (let r = 0; r < ROUNDS; r++) {
    for (const c of contenders) times[c.name]!.push([]);
    for (let b = 0; b < most; b++) {
      for (let i = 0; i < contenders.length; i++) {
        const contender = contenders[(i + r + b) % contenders.length]!;
        if (b >= (contender.blocks ?? 1)) continue;
        const bench = new Bench({ time: contender.time, iterations: contender.iterations, warmup: false, throws: true, now: cpuNow });
        bench.add(contender.name, () => consume(contender.batch()));
        await bench.run();
        const result = bench.tasks[0]!.result;
        if (!('latency' in result)) throw new Error(`${label} ${contender.name}: no result (${result.state})`);
        times[contender.name]![r]!.push(result.latency.p50);
      }
    }
    progress(`${label}: round ${r + 1}/${ROUNDS} ${contenders.map((c) => `${c.name} ${fmt(median(times[c.name]![r]!))} ms`).join(', ')}`);
  }
  return times;
}

export function median(values: readonly number[]): number {
  return summarize(values).median;
}

/** Per round, the median of a contender's block times (ms). */
export function perRound(times: readonly number[][]): number[] {
  return times.map(median);
}

/**
 * Per round, `a / b` (each per operation): block by block where both ran the same number of
 * blocks (the median of those ratios), else from the rounds' medians.
 */
export function pairedRatios(a: readonly number[][], aOperations: number, b: readonly number[][], bOperations: number): Summary {
  return summarize(
    a.map((aBlocks, r) => {
      const bBlocks = b[r]!;
      if (aBlocks.length === bBlocks.length) return median(aBlocks.map((t, k) => t / aOperations / (bBlocks[k]! / bOperations)));
      return median(aBlocks) / aOperations / (median(bBlocks) / bOperations);
    }),
  );
}

/** Operations per second, per round, from block times (ms) of batches of `operations` operations. */
export function opsPerSecond(times: readonly number[][], operations: number): Summary {
  return summarize(perRound(times).map((ms) => (operations * 1000) / ms));
}

/** Round-by-round ratio `a / b` of two lists of times. */
export function ratios(a: readonly number[], b: readonly number[]): Summary {
  return summarize(a.map((x, i) => x / b[i]!));
}

/** CPU milliseconds of one synchronous call. */
export function timeOnce(fn: () => unknown): number {
  return timeBoth(fn).cpu;
}

/** CPU and wall-clock milliseconds of one synchronous call. */
export function timeBoth(fn: () => unknown): { cpu: number; wall: number } {
  const wall = performance.now();
  const cpu = cpuNow();
  consume(fn());
  return { cpu: cpuNow() - cpu, wall: performance.now() - wall };
}

/** Progress goes to stderr; stdout is for the result. */
export function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return value.toFixed(Math.max(0, digits - 1 - magnitude));
}

/** The value of `--name value` on the command line, if given. */
export function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

/**
 * Hands a benchmark's result to the runner: written to the file given by `--out`, or printed as
 * JSON when the benchmark runs on its own.
 */
export function report(result: unknown): void {
  const out = argument('out');
  const text = JSON.stringify(result, null, 2);
  if (out) writeFileSync(out, text + '\n');
  else process.stdout.write(text + '\n');
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
