import { Option, type Command } from 'commander';
import { RECORD_DESCRIPTION } from './choices';

/**
 * The sub-commands of `turnus record` and their flags. Only the definitions live here (they are
 * needed for --help and completion at start-up); building and checking the decision is loaded
 * when the command runs.
 */

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The flags every decision takes. */
function common(command: Command, options: { effective?: boolean } = {}): Command {
  command
    .option('--date <date>', 'the day of the decision (YYYY-MM-DD; YYYY-MM or YYYY when the source is imprecise)')
    .option('--source <url>', 'the address of a page that states it, or the id of a source in the record (repeatable; required)', collect)
    .option('--source-title <text>', 'the title of a new source (default: its address)')
    .option('--source-publisher <name>', 'the publisher of a new source (default: its host)')
    .addOption(new Option('--source-tier <tier>', 'how much a new source weighs').choices(['official', 'agency', 'press', 'reference', 'mirror']))
    .option('--summit <id|ordinal>', 'the summit where it was taken (an id, or an ordinal such as 13)')
    .option('--by <body>', 'the body or actor that took it')
    .option('--note <text>', 'a note for people reading the record (repeatable: the notes are joined)', collect)
    .option('--not-after <date>', 'with an imprecise --date: the day by which it had certainly taken effect')
    .option('--id <id>', 'the decision id (default: a readable one made from the facts)')
    .option('--dry-run', 'print the change as a diff and write nothing');
  if (options.effective) command.option('--effective <date>', 'the day it took effect, when later than --date');
  return command;
}

const EXAMPLE_SOURCE = '--source https://example.org/news/summit';

export interface Definition {
  readonly name: string;
  readonly description: string;
  readonly effective?: boolean;
  readonly flags: (command: Command) => Command;
  readonly examples: readonly string[];
}

/** Every decision type of `turnus record`, its flags and its examples (the tests are generated from them). */
export const RECORD_DEFINITIONS: readonly Definition[] = [
  {
    name: 'appoint',
    description: 'appoint a person to an office (a Secretary-General), or a party to a party-held office',
    effective: true,
    flags: (c) =>
      c
        .option('--office <id>', 'the office (default: secretary-general)')
        .option('--person <id>', 'the person, by id or name (a new one needs --person-name and --nationality)')
        .option('--person-name <name>', 'the full name of a person new to the record')
        .option('--nationality <party>', "a new person's nationality (a party id)")
        .option('--party <party>', 'for party-held offices: the party appointed')
        .option('--term <duration>', 'a term length fixed by this decision (ISO 8601: P3Y)'),
    examples: [`turnus --data ots record appoint --person-name "Jane Doe" --nationality TR --date 2026-11-20 --summit 13 ${EXAMPLE_SOURCE}`],
  },
  {
    name: 'extend',
    description: "extend the current holder's term by a duration or until a day",
    flags: (c) =>
      c
        .option('--office <id>', 'the office (default: secretary-general)')
        .option('--person <id>', 'the holder (default: whoever holds the office on --date)')
        .option('--party <party>', 'the holder, for party-held offices')
        .option('--for <duration>', 'added to the term as it stood (ISO 8601: P1Y)')
        .option('--until <date>', 'the new end of the term'),
    examples: [`turnus --data ots record extend --for P1Y --date 2025-10-07 --summit 12 ${EXAMPLE_SOURCE}`],
  },
  {
    name: 'end-term',
    description: 'end a term before its end by rule',
    effective: true,
    flags: (c) =>
      c
        .option('--office <id>', 'the office (default: secretary-general)')
        .option('--person <id>', 'the holder (default: whoever holds the office on --date)')
        .option('--party <party>', 'the holder, for party-held offices')
        .addOption(new Option('--cause <cause>', 'why the term ended').choices(['expired', 'resigned', 'died', 'removed', 'replaced', 'other'])),
    examples: [`turnus --data ots record end-term --cause resigned --date 2026-03-01 ${EXAMPLE_SOURCE}`],
  },
  {
    name: 'handover',
    description: 'hand a party-held office (the chair) to another party',
    effective: true,
    flags: (c) =>
      c
        .option('--office <id>', 'the office (default: chair)')
        .option('--to <party>', 'the party taking over (required)')
        .option('--from <party>', 'the party handing over (default: the holder on --date)'),
    examples: [`turnus --data ots record handover --to TR --date 2026-11-20 --summit 13 ${EXAMPLE_SOURCE}`],
  },
  {
    name: 'summit',
    description: 'add a summit, or update one (--id) when a planned summit has taken place',
    flags: (c) =>
      c
        .option('--date <date>', 'the heads-of-state day (YYYY-MM-DD; YYYY-MM or YYYY for a planned summit)')
        .option('--source <url>', 'the address of a page about it, or a source id (repeatable; required)', collect)
        .option('--source-title <text>', 'the title of a new source (default: its address)')
        .option('--source-publisher <name>', 'the publisher of a new source (default: its host)')
        .addOption(new Option('--source-tier <tier>', 'how much a new source weighs').choices(['official', 'agency', 'press', 'reference', 'mirror']))
        .option('--id <id>', 'the summit id; an existing id updates that summit')
        .option('--ordinal <n>', 'its number in the series (ordinary summits)')
        .addOption(new Option('--kind <kind>', 'the kind of summit (default: ordinary)').choices(['ordinary', 'informal', 'extraordinary']))
        .addOption(new Option('--mode <mode>', 'how it met').choices(['in-person', 'online', 'hybrid']))
        .addOption(new Option('--status <status>', 'default: held when --date is past, else planned').choices(['held', 'planned', 'postponed', 'cancelled']))
        .option('--name <name>', 'its name')
        .option('--host <party>', 'the host party')
        .option('--city <city>', 'the city')
        .option('--venue <venue>', 'the venue')
        .option('--end-date <date>', 'the last day, when it ran over several days')
        .option('--theme <text>', 'its theme')
        .option('--series <id>', 'the numbering series, when not the organization\'s own')
        .option('--note <text>', 'a note (repeatable)', collect)
        .option('--dry-run', 'print the change as a diff and write nothing'),
    examples: [
      `turnus --data ots record summit --id ots-13-2026 --date 2026-11-20 --city Istanbul --mode in-person ${EXAMPLE_SOURCE}`,
      `turnus --data ots record summit --ordinal 14 --kind ordinary --host UZ --date 2027 --status planned ${EXAMPLE_SOURCE}`,
    ],
  },
  {
    name: 'admit',
    description: 'admit a party as a full member',
    effective: true,
    flags: (c) =>
      c
        .option('--party <party>', 'the party (a new one needs --party-name)')
        .option('--party-name <name>', 'the English name of a party new to the record')
        .addOption(new Option('--party-kind <kind>', 'what a new party is (default: state)').choices(['state', 'organization', 'other']))
        .option('--founding', 'a founding member')
        .option('--term <duration>', 'for a membership with a term (an elected seat): its length from the day it takes effect (ISO 8601: P2Y)')
        .option('--until <date>', 'for a membership with a term: the day it ends (exclusive, YYYY-MM-DD), when the source gives it')
        .option('--seat <kind>', 'for a membership with a term: the seat or group it fills (elected, "African Group"); needs --term or --until'),
    examples: [
      `turnus --data ots record admit --party TM --date 2026-11-20 --summit 13 ${EXAMPLE_SOURCE}`,
      `turnus --data unsc record admit --party IN --date 2026-06-03 --effective 2027-01-01 --term P2Y --seat elected ${EXAMPLE_SOURCE}`,
    ],
  },
  {
    name: 'observer',
    description: 'grant a party observer status',
    effective: true,
    flags: (c) =>
      c
        .option('--party <party>', 'the party (a new one needs --party-name)')
        .option('--party-name <name>', 'the English name of a party new to the record')
        .addOption(new Option('--party-kind <kind>', 'what a new party is (default: state)').choices(['state', 'organization', 'other'])),
    examples: [`turnus --data ots record observer --party MN --party-name Mongolia --date 2026-11-20 ${EXAMPLE_SOURCE}`],
  },
  { name: 'suspend', description: 'suspend a member', effective: true, flags: (c) => c.option('--party <party>', 'the party'), examples: [`turnus --data ots record suspend --party KG --date 2026-11-20 ${EXAMPLE_SOURCE}`] },
  { name: 'reinstate', description: 'lift a suspension', effective: true, flags: (c) => c.option('--party <party>', 'the party'), examples: [`turnus --data ots record reinstate --party KG --date 2027-01-10 ${EXAMPLE_SOURCE}`] },
  { name: 'withdraw', description: 'a party leaves the organization', effective: true, flags: (c) => c.option('--party <party>', 'the party'), examples: [`turnus --data ots record withdraw --party HU --date 2026-11-20 ${EXAMPLE_SOURCE}`] },
  {
    name: 'rename',
    description: 'rename the organization (no --party) or a party',
    effective: true,
    flags: (c) =>
      c
        .option('--party <party>', 'the party renamed (default: the organization)')
        .option('--name <name>', 'the new name in everyday use (required)')
        .option('--official <name>', 'the new official name')
        .option('--abbreviation <abbr>', 'the new abbreviation')
        .option('--language <tag>', 'the language of the names (default: en)')
        .option('--sort-name <name>', 'how the organization files the party in alphabetical orders'),
    examples: [`turnus --data ots record rename --party TR --name Türkiye --official "Republic of Türkiye" --date 2022-05-31 --effective 2022-06-01 ${EXAMPLE_SOURCE}`],
  },
  {
    name: 'adopt',
    description: 'adopt or sign a document',
    flags: (c) =>
      c
        .option('--title <title>', 'the title of the document (required)')
        .addOption(new Option('--document <kind>', 'what it is (required)').choices(['declaration', 'agreement', 'protocol', 'charter', 'vision', 'strategy', 'rules', 'statement', 'other']))
        .option('--url <url>', 'where the text is published'),
    examples: [`turnus --data ots record adopt --title "Istanbul Declaration" --document declaration --date 2026-11-20 --summit 13 ${EXAMPLE_SOURCE}`],
  },
  { name: 'skip', description: 'a party loses its next turn in a rotation', flags: (c) => c.option('--office <id>', 'the office (default: chair)').option('--party <party>', 'the party'), examples: [`turnus --data ots record skip --party TR --date 2026-06-01 ${EXAMPLE_SOURCE}`] },
  { name: 'defer', description: 'a party takes the turn after its own', flags: (c) => c.option('--office <id>', 'the office (default: chair)').option('--party <party>', 'the party'), examples: [`turnus --data ots record defer --party TR --date 2026-06-01 ${EXAMPLE_SOURCE}`] },
  {
    name: 'swap',
    description: 'two parties exchange their next turns',
    flags: (c) => c.option('--office <id>', 'the office (default: chair)').option('--parties <party...>', 'the two parties'),
    examples: [`turnus --data ots record swap --parties TR UZ --date 2026-06-01 ${EXAMPLE_SOURCE}`],
  },
  {
    name: 'replace',
    description: 'another party holds one turn in place of the scheduled one',
    flags: (c) => c.option('--office <id>', 'the office (default: chair)').option('--party <party>', 'the party whose turn it is').option('--with <party>', 'the party that holds it instead'),
    examples: [`turnus --data ots record replace --party TR --with UZ --date 2026-06-01 ${EXAMPLE_SOURCE}`],
  },
  { name: 'other', description: 'any other decision worth recording', flags: (c) => c.option('--title <title>', 'what was decided (required)'), examples: [`turnus --data ots record other --title "3 October declared Turkic States Cooperation Day" --date 2009-10-03 ${EXAMPLE_SOURCE}`] },
];

/** Adds `record` and its sub-commands to the program; `run` is called with the kind and the flags. */
export function addRecordCommand(program: Command, run: (kind: string, flags: Record<string, unknown>, command: Command) => Promise<void>): void {
  const record = program
    .command('record')
    .description(RECORD_DESCRIPTION)
    .addHelpText(
      'after',
      `
Every decision needs --date and at least one --source. The file keeps its comments and layout;
the new entry goes where a person would put it. A decision that would make the record invalid
is refused (exit code 1) and the file is left as it was. --dry-run prints the diff instead.

Examples:
  turnus --data records/ots record handover --to TR --date 2026-11-20 --summit 13 ${EXAMPLE_SOURCE}
  turnus --data records/ots record appoint --person-name "Jane Doe" --nationality TR --date 2026-11-20 ${EXAMPLE_SOURCE} --dry-run`,
    );
  for (const definition of RECORD_DEFINITIONS) {
    const command = record.command(definition.name).description(definition.description);
    if (definition.name === 'summit') definition.flags(command);
    else definition.flags(common(command, { effective: definition.effective ?? false }));
    command.addHelpText('after', `\nExample:\n${definition.examples.map((e) => `  ${e}`).join('\n')}`);
    command.action(async (flags: Record<string, unknown>, cmd: Command) => run(definition.name, flags, cmd));
  }
}
