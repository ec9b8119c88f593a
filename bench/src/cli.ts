// CLI start-up: `turnus who chair` against bare `node -e 0`, with hyperfine (no shell, warm-up 3,
// 30 runs of each), repeated in rounds; each round's ratio is taken between the two commands of
// that round. Falls back to `state` when the build at hand has no `who` command. A round whose
// command fails (the CLI being rebuilt meanwhile by someone else) is run again, and counted.
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

function hyperfine(commands: readonly string[], exportTo: string): HyperfineResult[] {
  const run = spawnSync('hyperfine', ['--warmup', '3', '--runs', '30', '-N', '--style', 'none', '--export-json', exportTo, ...commands], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`hyperfine failed: ${(run.stderr || run.error?.message || '').trim()}`);
  return (JSON.parse(readFileSync(exportTo, 'utf8')) as { results: HyperfineResult[] }).results;
}

/** Why a command fails now, for the report. */
function failure(command: string): string {
  const [program, ...args] = command.split(' ');
  const run = spawnSync(program!, args, { cwd: ROOT, encoding: 'utf8' });
  return `exit ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(0, 3).join(' | ')}`;
}

if (!existsSync(join(ROOT, CLI))) {
  report({ benchmark: 'cli', measurable: false, reason: `${CLI} is missing: run pnpm --filter @turnus/cli build` });
} else {
  const who = spawnSync(process.execPath, [CLI, 'who', 'chair', '--today', TODAY], { cwd: ROOT, encoding: 'utf8' });
  const args = who.status === 0 ? `who chair --today ${TODAY}` : `state --today ${TODAY}`;
  const turnus = `node ${CLI} ${args}`;
  const bare = 'node -e 0';
  const version = execFileSync('hyperfine', ['--version'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'turnus-bench-'));
  const times: Record<string, number[][]> = { turnus: [], bare: [] };
  const cpu: Record<string, number[]> = { turnus: [], bare: [] };
  const retries: string[] = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate which command hyperfine runs first.
      const order = r % 2 === 0 ? [turnus, bare] : [bare, turnus];
      let results: HyperfineResult[] | undefined;
      for (let attempt = 1; !results; attempt++) {
        try {
          results = hyperfine(order, join(dir, `round-${r}.json`));
        } catch (error) {
          const why = `round ${r + 1}, attempt ${attempt}: ${(error as Error).message} (now: ${failure(turnus)})`;
          if (attempt >= ATTEMPTS) throw new Error(why);
          retries.push(why);
          progress(`cli: ${why}; again in 5 s`);
          await setTimeout(5_000);
        }
      }
      for (const result of results) {
        const which = result.command === turnus ? 'turnus' : 'bare';
        times[which]!.push(result.times.map((s) => s * 1000));
        cpu[which]!.push((result.user + result.system) * 1000);
      }
      const median = (list: readonly number[]) => summarize(list).median.toFixed(1);
      progress(`cli: round ${r + 1}/${ROUNDS} turnus ${median(times.turnus!.at(-1)!)} ms, node -e 0 ${median(times.bare!.at(-1)!)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const medians = (rounds: number[][]) => rounds.map((list) => summarize(list).median);
  report({
    benchmark: 'cli',
    tool: `${version}: --warmup 3 --runs 30 -N, ${ROUNDS} rounds`,
    commands: { turnus, bare },
    fellBackToState: who.status !== 0,
    retries,
    ms: { turnus: summarize(times.turnus!.flat()), bare: summarize(times.bare!.flat()) },
    roundMedians: { turnus: summarize(medians(times.turnus!)), bare: summarize(medians(times.bare!)) },
    /** Per round: the median wall time of turnus's 30 runs ÷ node -e 0's (the budget). */
    ratioTurnusOverBare: ratios(medians(times.turnus!), medians(times.bare!)),
    /** Per round: mean CPU time (user + system) per run of turnus ÷ node -e 0's. */
    cpuMsPerRun: { turnus: summarize(cpu.turnus!), bare: summarize(cpu.bare!) },
    cpuRatioTurnusOverBare: ratios(cpu.turnus!, cpu.bare!),
  });
}
