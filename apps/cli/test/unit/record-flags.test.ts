import { readFileSync } from 'node:fs';
import { Command, type Option } from 'commander';
import { parseYamlRecord } from '@turnus/core/yaml';
import { describe, expect, it } from 'vitest';
import { addRecordCommand, RECORD_DEFINITIONS } from '../../src/args/record-command';
import { splicesFor } from '../../src/commands/record';
import { CliError } from '../../src/errors';
import { buildChange, RECORD_KINDS, type RecordKind } from '../../src/record/build';
import { applySplices, RecordText } from '../../src/record/edit-text';
import { OTS_YAML } from '../helpers';
import { exampleArgs, flagWords } from '../record-flags-helpers';

/**
 * Generated from the command definitions: every flag of every decision type of `turnus record`,
 * added to that type's own --help example, goes through commander and the decision builder, and
 * the entry is spliced into the OTS record's text. Whatever the outcome (an entry, or a coded
 * usage error for a flag that does not fit the example), it is never a crash.
 * (test/record-flags.test.ts runs the built program for each decision type.)
 */

const TODAY = '2026-11-28';
const TEXT = readFileSync(OTS_YAML, 'utf8');
const RECORD = parseYamlRecord(TEXT, { file: OTS_YAML, check: false }).record!;

function program(): { cli: Command; parsed: () => { kind: string; flags: Record<string, unknown> } } {
  let last: { kind: string; flags: Record<string, unknown> } | undefined;
  const cli = new Command('turnus').exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  addRecordCommand(cli, async (kind, flags) => {
    last = { kind, flags };
  });
  for (const c of cli.commands) for (const s of c.commands) s.exitOverride();
  return { cli, parsed: () => last! };
}

function optionsOf(kind: string): readonly Option[] {
  return program().cli.commands.find((c) => c.name() === 'record')!.commands.find((c) => c.name() === kind)!.options;
}

/** Runs a command line through commander and the builder: the entry spliced in, or the coded error. */
async function attempt(args: string[]): Promise<{ text?: string; error?: CliError }> {
  const { cli, parsed } = program();
  await cli.parseAsync(['record', ...args], { from: 'user' });
  const { kind, flags } = parsed();
  try {
    const change = buildChange(RECORD, kind as RecordKind, flags, TODAY);
    return { text: applySplices(TEXT, splicesFor(new RecordText(TEXT), RECORD, change)) };
  } catch (error) {
    if (error instanceof CliError) return { error };
    throw error;
  }
}

describe('every flag of every decision type of turnus record', () => {
  it('has a definition, with an example, for each decision type', () => {
    expect(RECORD_DEFINITIONS.map((d) => d.name).sort()).toEqual([...RECORD_KINDS].sort());
  });

  for (const definition of RECORD_DEFINITIONS) {
    const kind = definition.name;
    it(`record ${kind}: its example builds an entry`, async () => {
      const result = await attempt(exampleArgs(kind));
      expect(result.error?.message).toBeUndefined();
      expect(result.text).not.toBe(TEXT);
    });
    for (const option of optionsOf(kind)) {
      it(`record ${kind} ${option.long}: never crashes`, async () => {
        const base = exampleArgs(kind);
        const i = base.indexOf(option.long!);
        // A flag already in the example gets the sample value instead of the example's.
        const args = i >= 0 ? base.filter((_word, j) => j < i || j > i + (option.isBoolean() ? 0 : 1 + (option.variadic ? 1 : 0))) : base;
        const result = await attempt([...args, ...flagWords(option)]);
        if (result.error) expect(result.error.code).toMatch(/^E_[A-Z_]+$/);
        else expect(result.text).toBeTypeOf('string');
      });
    }
    it(`record ${kind} --note: the note reaches the entry`, async () => {
      const result = await attempt([...exampleArgs(kind), '--note', 'First part.', '--note', 'Second part.']);
      expect(result.error?.message).toBeUndefined();
      expect(result.text).toContain('First part.');
      expect(result.text).toContain('Second part.');
    });
  }
});
