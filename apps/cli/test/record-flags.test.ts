import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_DEFINITIONS } from '../src/args/record-command';
import { otsCopy, STACK, turnus, turnusAsync } from './helpers';
import { exampleArgs } from './record-flags-helpers';

/**
 * The built program, for each decision type of `turnus record` (generated from the command
 * definitions): its --help example with two --note flags, as a dry run, succeeds and shows the
 * note in the diff. test/unit/record-flags.test.ts goes through every flag of every type.
 */
const TODAY = ['--today', '2026-11-28'];

describe('turnus record <decision> --note', () => {
  it('is accepted by every decision type, and the note reaches the entry', async () => {
    const { dir } = otsCopy();
    // Two at a time: the machine may have no more cores to spare.
    const runs: { kind: string; run: Awaited<ReturnType<typeof turnusAsync>> }[] = [];
    const queue = [...RECORD_DEFINITIONS];
    const worker = async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        runs.push({ kind: d.name, run: await turnusAsync([...TODAY, '--data', dir, '--json', 'record', ...exampleArgs(d.name), '--note', 'First part.', '--note', 'Second part.', '--dry-run']) });
      }
    };
    await Promise.all([worker(), worker()]);
    expect(runs).toHaveLength(RECORD_DEFINITIONS.length);
    for (const { kind, run } of runs) {
      expect(run.stderr, kind).not.toMatch(/E_INTERNAL|is not a function/);
      expect(run.stderr, kind).not.toMatch(STACK);
      expect(run.code, `${kind}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout).diff, kind).toMatch(/First part\.[\s\S]*Second part\./);
    }
  });

  it('writes a handover with its note', () => {
    const { dir, file } = otsCopy();
    const run = turnus([...TODAY, '--data', dir, 'record', ...exampleArgs('handover'), '--note', 'Handed over at the 13th summit.']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('note: Handed over at the 13th summit.');
  });
});
