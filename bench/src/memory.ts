// Memory: the peak resident set size of each 100,000 case, each in a process of its own
// (`process.resourceUsage().maxRSS` read at its end). Phase `record` only builds the synthetic
// record (and the dates); phase `full` also runs the case, so the difference is the engine's.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { progress, report, summarize, ROUNDS } from './_harness';

const CASES = [
  { name: 'holderOn', file: 'holder-on.mjs', size: 100_000, what: '100,000 periods: compile + 100,000 queries' },
  { name: 'project', file: 'projection.mjs', size: 100_000, what: '100,000 projected weekly periods, a roster change every year (1,916)' },
  { name: 'validate', file: 'validation.mjs', size: 100_000, what: '100,000 decisions (the budget\'s record): parse + checks' },
] as const;

function peak(file: string, size: number, phase: 'record' | 'full'): number {
  const script = fileURLToPath(new URL(`./${file}`, import.meta.url));
  const out = execFileSync(process.execPath, [script, '--peak', String(size), '--phase', phase], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return (JSON.parse(out) as { peakRssBytes: number }).peakRssBytes;
}

/** Bare Node's own peak RSS, measured in the same rounds: the budget is the engine's peak over it. */
function bare(): number {
  const out = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS * 1024))'], { encoding: 'utf8' });
  return Number(out);
}

const results: Record<string, unknown> = {};
const bareRuns: number[] = [];
const runs = CASES.map(() => ({ record: [] as number[], full: [] as number[] }));
for (let r = 0; r < ROUNDS; r++) {
  bareRuns.push(bare());
  CASES.forEach((c, i) => {
    runs[i]!.record.push(peak(c.file, c.size, 'record'));
    runs[i]!.full.push(peak(c.file, c.size, 'full'));
  });
  progress(`memory: round ${r + 1}/${ROUNDS} ${CASES.map((c, i) => `${c.name} ${(runs[i]!.full.at(-1)! / 2 ** 20).toFixed(0)} MiB`).join(', ')}`);
}
CASES.forEach((c, i) => {
  const { record, full } = runs[i]!;
  results[c.name] = {
    what: c.what,
    peakRssBytes: summarize(full),
    recordOnlyPeakRssBytes: summarize(record),
    engineBytes: summarize(full.map((f, k) => f - record[k]!)),
    overBareNodeBytes: summarize(full.map((f, k) => f - bareRuns[k]!)),
  };
});
report({ benchmark: 'memory', rounds: ROUNDS, bareNodePeakRssBytes: summarize(bareRuns), cases: results });
