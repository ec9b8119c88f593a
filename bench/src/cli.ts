// CLI start-up: `turnus who`, `state`, `history`, `--help` and `check` (the OTS record), each
// against bare `node -e 0` in the same hyperfine run (no shell, warm-up 3, 20 runs each), in
// rounds whose command order rotates. The budget is the overhead in ms over bare Node, per round
// (the difference of the two medians of that round). A round that fails (the CLI being rebuilt
// meanwhile by someone else) is run again, and counted.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { join } from 'node:path';
import { progress, ratios, report, summarize, ROOT, ROUNDS } from './_harness';

const CLI = 'apps/cli/dist/turnus.js';
const TODAY = '2026-11-28';

interface HyperfineResult {
  readonly command: string;
  /** Wall-clock seconds of each run. */
  readonly times: readonly number[];
  /** Mean CPU seconds per run, in user and in system mode. */
  readonly user: number;
  readonly system: number;
}

const ATTEMPTS = 3;
const RUNS = 20;

function hyperfine(commands: readonly string[], exportTo: string): HyperfineResult[] {
  const run = spawnSync('hyperfine', ['--warmup', '3', '--runs', String(RUNS), '-N', '-i', '--style', 'none', '--export-json', exportTo, ...commands], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`hyperfine failed: ${(run.stderr || run.error?.message || '').trim()}`);
  return (JSON.parse(readFileSync(exportTo, 'utf8')) as { results: HyperfineResult[] }).results;
}

/** The commands measured, each against `node -e 0` in the same hyperfine run: the start-up budgets. */
const COMMANDS: Record<string, string> = {
  who: `who chair --today ${TODAY}`,
  state: `state --today ${TODAY}`,
  history: `history chair --today ${TODAY}`,
  help: '--help',
  check: 'check packages/data/records/ots',
};

if (!existsSync(join(ROOT, CLI))) {
  report({ benchmark: 'cli', measurable: false, reason: `${CLI} is missing: run pnpm --filter @turnus/cli build` });
} else {
  const bare = 'node -e 0';
  const commands: Record<string, string> = {};
  const unavailable: Record<string, string> = {};
  for (const [name, args] of Object.entries(COMMANDS)) {
    const command = `node ${CLI} ${args}`;
    const run = spawnSync(process.execPath, [CLI, ...args.split(' ')], { cwd: ROOT, encoding: 'utf8' });
    // `check` exits 1 when the record has errors; hyperfine is told to accept that, but a crash is not measured.
    if (run.status === 0 || (name === 'check' && run.status === 1 && !run.stderr.includes('Error:'))) commands[name] = command;
    else unavailable[name] = `exit ${run.status}: ${(run.stderr || run.stdout).trim().split('\n')[0]}`;
  }
  const version = execFileSync('hyperfine', ['--version'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'turnus-bench-'));
  const names = Object.keys(commands);
  const times: Record<string, number[][]> = Object.fromEntries(['bare', ...names].map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(['bare', ...names].map((n) => [n, []]));
  const retries: string[] = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      // Rotate the order of the commands from round to round.
      const all = [bare, ...names.map((n) => commands[n]!)];
      const order = all.map((_, i) => all[(i + r) % all.length]!);
      let results: HyperfineResult[] | undefined;
      for (let attempt = 1; !results; attempt++) {
        try {
          results = hyperfine(order, join(dir, `round-${r}.json`));
        } catch (error) {
          const why = `round ${r + 1}, attempt ${attempt}: ${(error as Error).message}`;
          if (attempt >= ATTEMPTS) throw new Error(why);
          retries.push(why);
          progress(`cli: ${why}; again in 5 s`);
          await setTimeout(5_000);
        }
      }
      for (const result of results) {
        const which = result.command === bare ? 'bare' : names.find((n) => commands[n] === result.command)!;
        times[which]!.push(result.times.map((s) => s * 1000));
        cpu[which]!.push((result.user + result.system) * 1000);
      }
      const med = (list: readonly number[]) => summarize(list).median.toFixed(1);
      progress(`cli: round ${r + 1}/${ROUNDS} ${['bare', ...names].map((n) => `${n} ${med(times[n]!.at(-1)!)} ms`).join(', ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const medians = (rounds: number[][]) => rounds.map((list) => summarize(list).median);
  const bareMedians = medians(times.bare!);
  report({
    benchmark: 'cli',
    tool: `${version}: --warmup 3 --runs ${RUNS} -N, ${ROUNDS} rounds, every command and node -e 0 in one hyperfine run`,
    commands: { bare, ...commands },
    unavailable,
    retries,
    bareMs: summarize(bareMedians),
    /** Per command: wall ms (round medians), ms over node -e 0 per round (the budget), the ratio, and CPU ms per run. */
    byCommand: Object.fromEntries(
      names.map((n) => {
        const m = medians(times[n]!);
        return [n, {
          command: commands[n],
          ms: summarize(m),
          overBareMs: summarize(m.map((x, i) => x - bareMedians[i]!)),
          ratioOverBare: ratios(m, bareMedians),
          cpuMsPerRun: summarize(cpu[n]!),
          cpuOverBareMs: summarize(cpu[n]!.map((x, i) => x - cpu.bare![i]!)),
        }];
      }),
    ),
  });
}
