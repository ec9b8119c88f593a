// `pnpm bench`: runs every benchmark in a process of its own, one after the other (never two at
// once on a shared machine), prints a table, and writes bench/results/latest.json.
// `--only cli,web` re-runs some benchmarks and keeps the other sections of latest.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge, type Results } from './_budgets';
import { argument, fmt, ROOT, ROUNDS, type Summary } from './_harness';

const BENCHMARKS = ['bundle', 'web', 'cli', 'holder-on', 'projection', 'validation', 'memory'] as const;
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
    const child = spawnSync(process.execPath, [fileURLToPath(new URL(`./${name}.mjs`, import.meta.url)), '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (child.status !== 0 || !existsSync(out)) {
      failed = true;
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

// The table: every figure as min / median / max over the rounds.
const s = (x: Summary | undefined, unit = '', scale = 1) => (x ? `${fmt(x.min * scale)} / ${fmt(x.median * scale)} / ${fmt(x.max * scale)}${unit}` : 'n/a');
const rows: [string, string][] = [];
// Each section is the JSON its benchmark wrote (see the benchmark's file for its shape).
type Section = any;
const b = benchmarks as Record<string, Section>;
for (const size of b['holder-on']?.sizes ?? []) {
  const c = size.contenders;
  rows.push([`holder-on ${size.periods}: ops/s holderOn`, s(c.holderOn.opsPerSecond)]);
  rows.push([`holder-on ${size.periods}: ops/s binary search`, s(c.binarySearch.opsPerSecond)]);
  rows.push([`holder-on ${size.periods}: ops/s linear scan (${c.linearScan.dates} dates)`, s(c.linearScan.opsPerSecond)]);
  rows.push([`holder-on ${size.periods}: ops/s rrule before() (${c.rrule.dates} dates)`, s(c.rrule.opsPerSecond)]);
  rows.push([`holder-on ${size.periods}: holderOn ÷ binary search`, s(size.ratios.holderOnOverBinarySearch, '×')]);
  rows.push([`holder-on ${size.periods}: rrule ÷ holderOn`, s(size.ratios.rruleOverHolderOn, '×')]);
}
for (const size of b.projection?.sizes ?? []) {
  rows.push([`projection ${size.periods}: project, new record (ms)`, s(size.ms.projectCold)]);
  rows.push([`projection ${size.periods}: project, same record (ms)`, s(size.ms.projectWarm)]);
  rows.push([`projection ${size.periods}: rrule all() ${size.rruleReturned} monthly (ms)`, s(size.ms.rruleAll)]);
  rows.push([`projection ${size.periods}: project (new record) ÷ rrule`, s(size.ratios.projectColdOverRrule, '×')]);
}
for (const size of b.validation?.sizes ?? []) rows.push([`validation ${size.decisions} decisions (CPU ms; ${size.diagnostics.total} diagnostics)`, s(size.ms)]);
if (b.validation?.ratio100kOver10k) rows.push(['validation 100k ÷ 10k', s(b.validation.ratio100kOver10k, '×')]);
for (const [name, c] of Object.entries<Section>(b.memory?.cases ?? {})) rows.push([`memory ${name} 100k: peak RSS (MiB)`, s(c.peakRssBytes, '', 2 ** -20)]);
if (b.bundle?.query) {
  rows.push(['bundle: query entry min+gzip (B)', String(b.bundle.query.gzipBytes)]);
  rows.push(['bundle: full (all entries) min+gzip (B)', String(b.bundle.full.gzipBytes)]);
  rows.push(['bundle: rrule.js min+gzip (B)', String(b.bundle.rrule.gzipBytes)]);
}
if (b.cli?.ms) {
  rows.push([`cli: ${b.cli.commands.turnus} (ms)`, s(b.cli.ms.turnus)]);
  rows.push(['cli: node -e 0 (ms)', s(b.cli.ms.bare)]);
  rows.push(['cli: turnus ÷ node, wall (per round)', s(b.cli.ratioTurnusOverBare, '×')]);
  rows.push(['cli: turnus ÷ node, CPU user+system (per round)', s(b.cli.cpuRatioTurnusOverBare, '×')]);
}
if (b.web?.entry) rows.push(['web: overview entry + static graph, gzip (B)', String(b.web.entry.totalGzipBytes)]);
if (b.web?.measurable) rows.push(['web: overview first load (with its islands), gzip (B)', b.web.firstLoad ? String(b.web.firstLoad.totalGzipBytes) : `not measured: island module not found (${JSON.stringify(b.web.islands)})`]);
for (const [name, section] of Object.entries<Section>(b)) if (section?.error || section?.measurable === false) rows.push([`${name}: NOT MEASURED`, section.error ?? section.reason]);
const width = Math.max(...rows.map(([k]) => k.length));
process.stdout.write(`\nTurnus benchmarks, ${results.date}, ${info.cpu} × ${info.cores}, Node ${info.node}, load ${info.loadAverageAtStart.join(' ')}\n(min / median / max over ${ROUNDS} rounds; engine times are CPU time, the CLI's wall time)\n\n`);
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
process.stdout.write('\nBudgets (pnpm bench:check):\n');
for (const v of judge(results as unknown as Results)) process.stdout.write(`  ${v.pass ? 'ok  ' : 'MISS'} ${v.budget.id}: ${v.value === undefined ? 'not measured' : fmt(v.value)} (limit ${v.budget.strict ? '<' : '≤'} ${v.budget.limit} ${v.budget.unit})\n`);
process.stdout.write(`\nWritten to bench/results/latest.json\n`);
if (failed) process.exitCode = 1;
