import { Command } from 'commander';
import { DocumentKind, EndCause, PartyKind, SourceTier, SummitKind, SummitMode, SummitStatus } from '@turnus/core/schema';
import { describe, expect, it } from 'vitest';
import { SUMMIT_KINDS } from '../../src/args/choices';
import { addRecordCommand } from '../../src/args/record-command';

describe('the choices offered on the command line', () => {
  it('are the values the schema allows', () => {
    const program = new Command('turnus');
    addRecordCommand(program, async () => undefined);
    const choices = new Map<string, readonly string[]>();
    for (const command of program.commands[0]!.commands) for (const option of command.options) if (option.argChoices) choices.set(option.long!, option.argChoices);
    expect(choices.get('--cause')).toEqual(EndCause.options);
    expect(choices.get('--document')).toEqual(DocumentKind.options);
    expect(choices.get('--party-kind')).toEqual(PartyKind.options);
    expect(choices.get('--source-tier')).toEqual(SourceTier.options);
    expect(choices.get('--kind')).toEqual(SummitKind.options);
    expect(choices.get('--mode')).toEqual(SummitMode.options);
    expect(choices.get('--status')).toEqual(SummitStatus.options);
    expect(SUMMIT_KINDS).toEqual(SummitKind.options);
  });
});
