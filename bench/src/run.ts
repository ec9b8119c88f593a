// `pnpm bench`: runs every benchmark in a process of its own, one after the other (never two at
// once on a shared machine), prints a table, and writes bench/results/latest.json.
// `--only cli,web` re-runs some benchmarks and keeps the other sections of latest.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge, type Results } from './_budgets';
import { renderBenchmarks } from './_report';
import { argument, fmt, ROOT, ROUNDS } from './_harness';

const BENCHMARKS = ['bundle', 'web', 'cli', 'holder-on', 'future', 'projection', 'validation', 'records', 'memory', 'growth'] as const;
const RESULTS = join(ROOT, 'bench/results/latest.json');

function version(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    pnpm: version('pnpm', ['--version']),
    hyperfine: version('hyperfine', ['--version']),
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

if (process.argv.includes('--render')) {
  // Re-renders BENCHMARKS.md from the results of the last run (no benchmark runs).
  const last = JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderBenchmarks(last, judge(last)));
  process.stdout.write(`BENCHMARKS.md rendered from the run of ${last.date}\n`);
  process.exit(0);
}
const only = argument('only')?.split(',');
const selected = BENCHMARKS.filter((b) => !only || only.includes(b));
const previous: Partial<Results> = only && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results) : {};
const benchmarks: Record<string, unknown> = { ...(previous.benchmarks ?? {}) };
const info = machine();
const dir = mkdtempSync(join(tmpdir(), 'turnus-bench-'));
let failed = false;
try {
  for (const name of selected) {
    process.stderr.write(`\n▶ ${name}\n`);
    const out = join(dir, `${name}.json`);
    const started = Date.now();
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(new URL(`./${name}.mjs`, import.meta.url)), '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
    // A benchmark that judges itself (growth) exits 1 on a miss but still reports its figures.
    if (child.status !== 0) failed = true;
    if (!existsSync(out)) {
      benchmarks[name] = { error: `exited with ${child.status ?? child.signal}`, measuredAt: new Date().toISOString() };
      continue;
    }
    benchmarks[name] = { measuredAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), ...(JSON.parse(readFileSync(out, 'utf8')) as object) };
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const results = {
  date: new Date().toISOString(),
  machine: { ...info, loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))) },
  rounds: ROUNDS,
  commands: { bench: 'pnpm bench', check: 'pnpm bench:check', ...(only ? { only: `pnpm --filter @turnus/bench bench -- --only ${only.join(',')}` } : {}) },
  benchmarks,
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');

// BENCHMARKS.md is regenerated from this run's results when every benchmark ran in it.
const verdicts = judge(results as unknown as Results);
if (!only) {
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderBenchmarks(results as unknown as Results, verdicts));
  process.stdout.write('BENCHMARKS.md regenerated from this run.\n');
}
process.stdout.write(`\nTurnus benchmarks, ${results.date}, ${info.cpu} × ${info.cores}, Node ${info.node}, load ${info.loadAverageAtStart.join(' ')}\nBudgets:\n`);
for (const v of verdicts) {
  const spread = v.budget.spread?.(results as unknown as Results);
  process.stdout.write(`  ${v.pass ? 'ok  ' : 'MISS'} ${v.budget.id.padEnd(18)} ${v.value === undefined ? 'not measured' : fmt(v.value)} ${v.budget.unit}${spread ? ` (min ${fmt(spread.min)}, max ${fmt(spread.max)})` : ''} (limit ${v.budget.strict ? '<' : '≤'} ${v.budget.limit} ${v.budget.unit})\n`);
}
process.stdout.write(`\nWritten to bench/results/latest.json\n`);
const missed = verdicts.filter((v) => !v.pass);
if (missed.length > 0) process.stderr.write(`\n${missed.length} budget${missed.length === 1 ? '' : 's'} missed: ${missed.map((v) => v.budget.id).join(', ')}\n`);
if (failed || missed.length > 0) process.exitCode = 1;
