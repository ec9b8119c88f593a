// Growth: does 10× the data cost at most 12× the time (GROWTH_LIMIT, _budgets.ts)? For each dimension of the corpus
// (decisions, offices, rule versions, end decisions, summits; see _corpus.ts), a record of size x
// and one of size 10 x, through three stages: compiling every office, auditing every office, and
// `validate` (parse + compile + every check). Ratios only: absolute times on a busy machine are
// not stable, ratios of minimums are.
//
// Robust on a busy two-core machine: CPU time, not wall time; the small and large cases
// alternate (small, large, large, small…) so that both see the same machine; each sample repeats
// its work until it lasts at least MIN_SAMPLE_MS, the repetitions counted on warm runs (counted on
// the first, cold run, a 0.4 ms stage got 6 repetitions: samples of 3 ms); a collection is forced
// (--expose-gc) before every sample so that one sample's garbage is not collected in the next
// one's time, and the sample starts after a pause in which the collector's background threads
// finish sweeping (process CPU time counts them: a forced collection's sweeping landed in the
// sample that followed it, up to three times a large sample's own time); a process's ratio is
// min(large) ÷ min(small): the minimum is the sample least disturbed by other processes; each
// dimension is measured in RUNS fresh processes and its ratio is the median of theirs.
// Exit code 1 when a ratio exceeds the limit.
//
// `node --expose-gc bench/dist/growth.mjs [--only decisions,offices] [--runs 3] [--samples 7] [--out file]`
import { holderOn, type OrganizationRecord } from '@turnus/core';
import { audit } from '@turnus/core/audit';
import { validate } from '@turnus/core/validate';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { argument, consume, cpuNow, fmt, progress, report } from './_harness';
import { GROWTH_LIMIT } from './_budgets';
import { DIMENSIONS } from './_corpus';
import { ANCHOR } from './_records';

const SAMPLES = Math.max(3, Number(argument('samples') ?? 7));
/** Fresh processes per dimension; the ratio is the median of theirs. */
const RUNS = Math.max(1, Number(argument('runs') ?? 3));
const MIN_SAMPLE_MS = 60;
/** The pause after a forced collection, for its background sweeping to finish outside the sample. */
const SETTLE_MS = 20;
const TODAY = '2026-11-28';

type Stage = 'compile' | 'audit' | 'validate';
const STAGES: Record<Stage, (record: OrganizationRecord) => unknown> = {
  /** A new record object (the compiled model is cached per object), then every office's tenures. */
  compile: (record) => {
    const fresh = { ...record };
    let n = 0;
    for (const office of fresh.offices) if (holderOn(fresh, office.id, ANCHOR).status === 'held') n++;
    return n;
  },
  /** Every office audited against every rule version (the record compiled beforehand). */
  audit: (record) => {
    let n = 0;
    for (const office of record.offices) n += audit(record, office.id).length;
    return n;
  },
  /** Parse and every check (the parse makes a new object, so this compiles too). */
  validate: (record) => validate(record, { today: TODAY }).length,
};

const gc = (globalThis as { gc?: () => void }).gc;

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** CPU ms per run of `fn`, running it `repeat` times in one sample. */
async function sample(fn: () => unknown, repeat: number): Promise<number> {
  if (gc) {
    gc();
    await settle();
  }
  const start = cpuNow();
  for (let i = 0; i < repeat; i++) consume(fn());
  return (cpuNow() - start) / repeat;
}

export interface GrowthResult {
  readonly dimension: string;
  readonly stage: Stage;
  readonly small: number;
  readonly large: number;
  /** CPU ms per run: the minimum and the median of the samples. */
  readonly smallMs: { min: number; median: number };
  readonly largeMs: { min: number; median: number };
  /** min(large) ÷ min(small), and median ÷ median for reference. */
  readonly ratio: number;
  readonly medianRatio: number;
  readonly pass: boolean;
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function measure(dimension: string, stage: Stage, small: OrganizationRecord, large: OrganizationRecord, x: number): Promise<GrowthResult> {
  const fn = STAGES[stage];
  // Warm-up: both sizes a few times (JIT, and the compiled models the audit stage reuses), then
  // the repetitions that make a sample last MIN_SAMPLE_MS, counted on warm runs of each size.
  for (let i = 0; i < 3; i++) {
    consume(fn(small));
    consume(fn(large));
  }
  const repeatFor = async (record: OrganizationRecord) => Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(await sample(() => fn(record), 3), 0.01)));
  const repeatSmall = await repeatFor(small);
  const repeatLarge = await repeatFor(large);
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    if (i % 2 === 0) {
      s.push(await sample(() => fn(small), repeatSmall));
      l.push(await sample(() => fn(large), repeatLarge));
    } else {
      l.push(await sample(() => fn(large), repeatLarge));
      s.push(await sample(() => fn(small), repeatSmall));
    }
  }
  const ratio = Math.min(...l) / Math.min(...s);
  return {
    dimension,
    stage,
    small: x,
    large: 10 * x,
    smallMs: { min: Math.min(...s), median: med(s) },
    largeMs: { min: Math.min(...l), median: med(l) },
    ratio,
    medianRatio: med(l) / med(s),
    pass: ratio <= GROWTH_LIMIT,
  };
}

const only = argument('only')?.split(',');
/** Measurements of one dimension in this process (a child), printed as JSON for the parent. */
async function measureHere(dimension: string): Promise<GrowthResult[]> {
  const { small: x, make } = DIMENSIONS[dimension as keyof typeof DIMENSIONS];
  const small = make(x);
  const large = make(10 * x);
  const out: GrowthResult[] = [];
  for (const stage of Object.keys(STAGES) as Stage[]) out.push(await measure(dimension, stage, small, large, x));
  return out;
}

if (argument('child')) {
  process.stdout.write(JSON.stringify(await measureHere(argument('child')!)) + '\n');
} else {
  // Each dimension is measured in RUNS fresh processes, taken in turns (decisions, offices…,
  // decisions, offices…) so that each sees the machine at different moments; its ratio is the
  // median of theirs. One process's ratio moved by ±20% from one process to the next (offices
  // compile ×6.5 in one run, ×14.5 in the next: JIT and memory layout differ), while samples
  // within a process agree.
  const dimensions = Object.keys(DIMENSIONS).filter((d) => !only || only.includes(d));
  const runs = new Map<string, GrowthResult[][]>();
  for (let run = 0; run < RUNS; run++) {
    for (const dimension of dimensions) {
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', dimension, '--samples', String(SAMPLES)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
      if (child.status !== 0) throw new Error(`growth: the measurement of ${dimension} failed (${child.status})`);
      const measured = JSON.parse(child.stdout) as GrowthResult[];
      runs.set(dimension, [...(runs.get(dimension) ?? []), measured]);
      progress(`growth run ${run + 1}/${RUNS} ${dimension.padEnd(12)} ${measured.map((r) => `${r.stage} ×${fmt(r.ratio)}`).join(', ')}`);
    }
  }
  const results = dimensions.flatMap((dimension) =>
    (Object.keys(STAGES) as Stage[]).map((stage): GrowthResult & { runs: number[] } => {
      const each = runs.get(dimension)!.map((measured) => measured.find((r) => r.stage === stage)!);
      const ratio = med(each.map((r) => r.ratio));
      const middle = each.find((r) => r.ratio === ratio)!;
      const r = { ...middle, ratio, medianRatio: med(each.map((e) => e.medianRatio)), pass: ratio <= GROWTH_LIMIT, runs: each.map((e) => e.ratio) };
      progress(`growth ${dimension.padEnd(12)} ${stage.padEnd(8)} ${r.small} → ${r.large}: ${fmt(r.smallMs.min)} → ${fmt(r.largeMs.min)} ms  ×${fmt(r.ratio)} ${r.pass ? 'ok' : 'MISS'} (runs ${r.runs.map((v) => `×${fmt(v)}`).join(' ')}; medians ×${fmt(r.medianRatio)})`);
      return r;
    }),
  );
  const failed = results.filter((r) => !r.pass);
  report({ benchmark: 'growth', limit: GROWTH_LIMIT, runs: RUNS, samples: SAMPLES, minSampleMs: MIN_SAMPLE_MS, settleMs: SETTLE_MS, results, pass: failed.length === 0 });
  if (failed.length > 0) {
    process.stderr.write(`growth: ${failed.length} ratio${failed.length === 1 ? '' : 's'} over ${GROWTH_LIMIT}: ${failed.map((r) => `${r.dimension}/${r.stage} ×${fmt(r.ratio)}`).join(', ')}\n`);
    process.exitCode = 1;
  }
}
