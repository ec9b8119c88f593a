// `pnpm bench:check`: reads bench/results/latest.json (written by `pnpm bench`), compares it
// with the budgets of issue 6, and exits 1 when one is missed or was not measured.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judge, type Results } from './_budgets';
import { fmt, ROOT } from './_harness';

const file = join(ROOT, 'bench/results/latest.json');
if (!existsSync(file)) {
  process.stderr.write('bench/results/latest.json is missing: run pnpm bench first\n');
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8')) as Results;
const verdicts = judge(results);
process.stdout.write(`Budgets against the results of ${results.date}:\n`);
for (const { budget, value, pass } of verdicts) {
  const shown = value === undefined ? 'not measured' : `${fmt(value)} ${budget.unit}`;
  process.stdout.write(`  ${pass ? 'ok  ' : 'MISS'}  ${budget.id.padEnd(16)} ${shown.padStart(14)}  (limit ${budget.strict ? '<' : '≤'} ${budget.limit} ${budget.unit})  ${budget.what}\n`);
}
const missed = verdicts.filter((v) => !v.pass);
process.stdout.write(missed.length === 0 ? 'All budgets met.\n' : `${missed.length} budget${missed.length === 1 ? '' : 's'} missed: ${missed.map((v) => v.budget.id).join(', ')}\n`);
process.exitCode = missed.length === 0 ? 0 : 1;
