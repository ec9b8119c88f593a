import type { OrganizationRecord, PlainDate } from '@turnus/core';
import { Argument, Command, Option } from 'commander';
import { EXPORT_FORMATS, RECORD_DESCRIPTION, SEVERITIES, SHELLS, SUMMIT_KINDS } from './args/choices';
import { resolveOffice } from './args/resolve';
import { auditJson, auditText } from './commands/audit';
import { dueItems, dueJson, dueText, EXIT_DUE } from './commands/due';
import { historyJson, historyText } from './commands/history';
import { nextJson, nextText } from './commands/next';
import { stateJson, stateText } from './commands/state';
import { summitDetailJson, summitText } from './commands/summit';
import { summitsJson, summitsText } from './commands/summits';
import { timelineText } from './commands/timeline';
import { whatIfJson, whatIfText } from './commands/what-if';
import { whoJson, whoText } from './commands/who';
import { CliError } from './errors';
import { embeddedIds, embeddedNameRanks } from './io/embedded';
import { dataPath, embeddedRecord, loadRecord } from './io/load-record';
import { isTerminal, writeErr, writeOut } from './io/output';
import { parseDateOption, systemToday } from './io/today';
import { escapeControls } from './render/echo';
import { englishNameOrder } from './render/name-order';
import { createStyle, type Style } from './render/style';

declare const __VERSION__: string;
/** Set only in the test build (see test/global-setup.ts). */
declare const __TURNUS_TEST_HOOKS__: boolean;

interface GlobalOptions {
  data?: string;
  org?: string;
  today?: string;
  json?: boolean;
  debug?: boolean;
}

/** What every command needs: the options, today, and how to print. */
interface Context {
  readonly global: GlobalOptions;
  readonly today: PlainDate;
  readonly style: Style;
  record(): Promise<OrganizationRecord>;
  print(text: string): void;
  printJson(value: unknown): void;
}

function contextOf(command: Command): Context {
  const global = command.optsWithGlobals<GlobalOptions>();
  const today = parseDateOption(global.today, '--today') ?? systemToday();
  return {
    global,
    today,
    style: createStyle(1),
    record: async () => {
      const record = await loadRecord({ org: global.org, data: global.data });
      computeForTest();
      return record;
    },
    print: writeOut,
    printJson: (value) => writeOut(JSON.stringify(value, null, 2) + '\n'),
  };
}

/**
 * In the test build only: a command that computes for a long while without yielding (as a query
 * far in the future can), so that a test can check that a signal still ends it at once.
 */
function computeForTest(): void {
  if (__TURNUS_TEST_HOOKS__ && process.env.TURNUS_TEST_PAUSE === 'computing') {
    writeErr('TURNUS_TEST_PAUSED computing\n');
    const end = Date.now() + 30_000;
    while (Date.now() < end);
    writeErr('TURNUS_TEST_COMPUTED\n');
  }
}

/** A whole number within bounds, or a usage error naming the option. */
function integerOption(value: string | undefined, option: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) {
    throw new CliError('E_INVALID_OPTION', `${option} ${JSON.stringify(value)} is not a whole number from ${min} to ${max}`, { hint: `For example: ${option} ${Math.min(max, Math.max(min, 3))}` });
  }
  return n;
}

/** A span's two ends, checked to be in order: --from before --to. */
function spanOption(from: string | undefined, to: string | undefined): { from: PlainDate | undefined; to: PlainDate | undefined } {
  const span = { from: dayOrYear(from, '--from'), to: dayOrYear(to, '--to') };
  if (span.from !== undefined && span.to !== undefined && span.from >= span.to) {
    throw new CliError('E_INVALID_OPTION', `--from ${from} is not before --to ${to}`, { hint: `Give the earlier day first, e.g. --from ${to} --to ${from}.` });
  }
  return span;
}

/** A day given as YYYY-MM-DD, or a year (its first day) for options that bound a span. */
function dayOrYear(value: string | undefined, option: string): PlainDate | undefined {
  if (value !== undefined && /^\d{4}$/.test(value)) return `${value}-01-01`;
  return parseDateOption(value, option);
}

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}`;

/** The commands, by name. */
const COMMANDS = ['who', 'history', 'next', 'state', 'summits', 'summit', 'timeline', 'audit', 'what-if', 'due', 'check', 'record', 'export', 'schema', 'init', 'completion'];

/** Global options that take a value: the word after them is not the command. */
const GLOBAL_VALUE_OPTIONS = new Set(['--data', '--org', '--today']);

/** The command a command line runs (`who` in `turnus --today 2026-11-28 who chair`), if any. */
export function invokedCommand(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const word = argv[i]!;
    if (GLOBAL_VALUE_OPTIONS.has(word)) i++;
    else if (!word.startsWith('-')) return word;
  }
  return undefined;
}

/** Colours asked for or refused in the environment, as commander reads it (its `useColor`), else undefined. */
function forcedColor(env: NodeJS.ProcessEnv = process.env): boolean | undefined {
  if (env.NO_COLOR || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR || env.CLICOLOR_FORCE !== undefined) return true;
  return undefined;
}

/** Takes the definitions of commands that are not run, and drops them: every method returns it again. */
const INERT: Command = new Proxy({} as Command, { get: () => () => INERT });

/**
 * The `turnus` program: every command, its options and its help. The sub-commands of `record`
 * are defined only when the command line may need them (`record`, `help`, `completion`).
 */
export async function createProgram(argv: readonly string[] = process.argv): Promise<Command> {
  // With --json, errors are JSON too (see main.ts); commander's are written here.
  const json = argv.includes('--json');
  const needsRecord = argv.some((word) => word === 'record' || word === 'help' || word === 'completion');
  const cli = new Command('turnus')
    .description('Query, check and keep the governance records of intergovernmental organizations:\nwho chairs, who is Secretary-General, until when, who comes next, and why.')
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0', '-V, --version')
    .addOption(new Option('--data <path>', 'a YAML record file or folder, or - for standard input').env('TURNUS_DATA'))
    .option('--org <id>', 'an embedded organization (default: ots)')
    .option('--today <date>', 'the day to treat as today (YYYY-MM-DD), for reproducible output')
    .option('--json', 'print JSON for scripts (the contract is in the README)')
    .option('--debug', 'print stack traces on errors')
    .exitOverride()
    .configureOutput({
      writeOut,
      writeErr,
      // Commander's own answers, without asking process.stdout (whose stream costs 2 ms to
      // create) unless the output is a terminal: off a terminal the width is 80 and colours
      // follow NO_COLOR / FORCE_COLOR alone.
      getOutHelpWidth: () => (isTerminal(1) ? process.stdout.columns : 80),
      getErrHelpWidth: () => (isTerminal(2) ? process.stderr.columns : 80),
      getOutHasColors: () => forcedColor() ?? (isTerminal(1) && process.stdout.hasColors()),
      getErrHasColors: () => forcedColor() ?? (isTerminal(2) && process.stderr.hasColors()),
      // Commander's own errors become one line with a code, like every other error.
      outputError: (message, write) => {
        // Its one line break is before "(Did you mean …?)"; any other control character is in
        // an argument it echoes, and is shown escaped (render/echo.ts).
        const text = message.replace(/^error: /, '').trim().replace(/\n\(Did you mean /g, ' (Did you mean ');
        write(json ? `${JSON.stringify({ error: { code: 'E_USAGE', message: text, hint: 'run turnus --help for usage', file: null, line: null, column: null } })}\n` : `turnus: E_USAGE ${escapeControls(text)}\n`);
      },
    });

  // Only the command being run gets its options, help and action (besides names and
  // descriptions for the list): defining all of them costs start-up time a query should not pay.
  // `help`, `completion`, a root option alone or an unknown command get everything.
  const invoked = invokedCommand(argv);
  const full = invoked === undefined || invoked === 'completion' || !COMMANDS.includes(invoked);
  const details = (command: Command, name: string): Command => (full || name === invoked ? command : INERT);

  cli.addHelpText(
    'after',
    examples('turnus who chair', 'turnus next chair --count 3', 'turnus state --on 2021-11-12 --json', 'turnus check records/', 'turnus --data records/ots record handover --to TR --date 2026-11-20 --source https://…', 'turnus record --help'),
  );

  details(cli.command('who').description('who held an office on a day: the holder, the period, recorded or projected, and the sources'), 'who')
    .argument('<office>', 'the office: chair, secretary-general, … (an id or a name)')
    .option('--on <date>', 'the day (YYYY-MM-DD; default: today)')
    .addHelpText('after', examples('turnus who chair', 'turnus who secretary-general --on 2023-06-01', 'turnus who chair --on 2021-11-12 --json'))
    .action(async (office: string, options: { on?: string }, command: Command) => {
      const ctx = contextOf(command);
      const on = parseDateOption(options.on, '--on') ?? ctx.today;
      const record = await ctx.record();
      if (ctx.global.json) ctx.printJson(whoJson(record, office, on, ctx.today));
      else ctx.print(whoText(record, office, on, ctx.today, ctx.style));
    });

  details(cli.command('history').description('every recorded period of an office, in order'), 'history')
    .argument('<office>', 'the office (an id or a name)')
    .option('--from <date>', 'only periods that run on or after this day (YYYY-MM-DD or YYYY)')
    .option('--to <date>', 'only periods that start before this day (YYYY-MM-DD or YYYY)')
    .addHelpText('after', examples('turnus history chair', 'turnus history secretary-general --json', 'turnus history chair --from 2020'))
    .action(async (office: string, options: { from?: string; to?: string }, command: Command) => {
      const ctx = contextOf(command);
      const range = spanOption(options.from, options.to);
      const record = await ctx.record();
      if (ctx.global.json) ctx.printJson(historyJson(record, office, range));
      else ctx.print(historyText(record, office, ctx.today, range, ctx.style));
    });

  details(cli.command('next').description('the projected periods of an office from today, and the rule that produced them'), 'next')
    .argument('<office>', 'the office (an id or a name)')
    .option('--count <n>', 'how many periods (default 5)')
    .addHelpText('after', examples('turnus next chair', 'turnus next chair --count 10 --today 2026-11-28', 'turnus next secretary-general --json'))
    .action(async (office: string, options: { count?: string }, command: Command) => {
      const ctx = contextOf(command);
      const count = integerOption(options.count, '--count', 1, 1000, 5);
      const record = await ctx.record();
      if (ctx.global.json) ctx.printJson(nextJson(record, office, ctx.today, count));
      else ctx.print(nextText(record, office, ctx.today, count, ctx.style));
    });

  details(cli.command('state').description('the organization on one day: name, chair, Secretary-General, members and observers'), 'state')
    .option('--on <date>', 'the day (YYYY-MM-DD; default: today)')
    .addHelpText('after', examples('turnus state', 'turnus state --on 2021-11-12', 'turnus state --on 2022-12-01 --json'))
    .action(async (options: { on?: string }, command: Command) => {
      const ctx = contextOf(command);
      const on = parseDateOption(options.on, '--on') ?? ctx.today;
      const record = await ctx.record();
      const compareNames = englishNameOrder(embeddedNameRanks(record.organization.id));
      if (ctx.global.json) ctx.printJson(stateJson(record, on, ctx.today, compareNames));
      else ctx.print(stateText(record, on, ctx.today, ctx.style, compareNames));
    });

  details(cli.command('summits').description('the summits in date order, with the number of decisions taken at each'), 'summits')
    .addOption(new Option('--kind <kind>', 'only summits of this kind').choices(SUMMIT_KINDS))
    .addHelpText('after', examples('turnus summits', 'turnus summits --kind ordinary', 'turnus summits --json'))
    .action(async (options: { kind?: string }, command: Command) => {
      const ctx = contextOf(command);
      const record = await ctx.record();
      if (ctx.global.json) ctx.printJson(summitsJson(record, options.kind));
      else ctx.print(summitsText(record, options.kind, ctx.style));
    });

  details(cli.command('summit').description('one summit and the decisions taken there'), 'summit')
    .argument('<summit>', 'its ordinal in the organization\'s numbering (8, 8th) or its id')
    .addHelpText('after', examples('turnus summit 8', 'turnus summit 9th --json', 'turnus summit informal-shusha-2024'))
    .action(async (summit: string, _options: unknown, command: Command) => {
      const ctx = contextOf(command);
      const record = await ctx.record();
      if (ctx.global.json) ctx.printJson(summitDetailJson(record, summit));
      else ctx.print(summitText(record, summit, ctx.style));
    });

  details(cli.command('timeline').description('a picture of every office over time: periods as labelled bars, summits as marks, projections dashed'), 'timeline')
    .option('--from <date>', 'the first day shown (YYYY-MM-DD or YYYY; default: the year of the first recorded period)')
    .option('--to <date>', 'the day after the last shown (default: four years after today)')
    .option('--width <columns>', 'the width in columns (default 80)')
    .option('--office <id...>', 'only these offices')
    .addHelpText('after', examples('turnus timeline', 'turnus timeline --from 2018 --to 2030', 'turnus timeline --office chair --width 120'))
    .action(async (options: { from?: string; to?: string; width?: string; office?: string[] }, command: Command) => {
      const ctx = contextOf(command);
      if (ctx.global.json) throw new CliError('E_USAGE', 'timeline is a picture and has no JSON form', { hint: 'For the periods as data: turnus history <office> --json, turnus next <office> --json, or turnus export --format csv.' });
      const width = integerOption(options.width, '--width', 40, 400, 80);
      const record = await ctx.record();
      const offices = options.office?.map((o) => resolveOffice(record, o).id);
      ctx.print(timelineText(record, { today: ctx.today, ...spanOption(options.from, options.to), width, offices }, ctx.style));
    });

  details(cli.command('audit').description('the stated rule against the practice, period by period, and every departure with what explains it'), 'audit')
    .argument('<office>', 'the office (an id or a name)')
    .addHelpText('after', examples('turnus audit chair', 'turnus audit secretary-general --json'))
    .action(async (office: string, _options: unknown, command: Command) => {
      const ctx = contextOf(command);
      const record = await ctx.record();
      if (ctx.global.json) ctx.printJson(auditJson(record, office, ctx.today));
      else ctx.print(auditText(record, office, ctx.style, ctx.today));
    });

  details(cli.command('what-if').description('the projection of an office before and after a hypothetical change'), 'what-if')
    .argument('<office>', 'the office (an id or a name)')
    .option('--admit <party...>', 'admit a party as a member (a new state by its ISO code)')
    .option('--withdraw <party...>', 'a party leaves')
    .option('--skip <party...>', 'a party loses its next turn')
    .option('--swap <party...>', 'two parties exchange their next turns')
    .option('--from <date>', 'the day the changes take effect (default: today)')
    .option('--count <n>', 'how many periods to compare (default 8)')
    .addHelpText('after', examples('turnus what-if chair --admit TM --from 2027-01-01', 'turnus what-if chair --skip TR', 'turnus what-if chair --swap TR UZ --json'))
    .action(async (office: string, options: { admit?: string[]; withdraw?: string[]; skip?: string[]; swap?: string[]; from?: string; count?: string }, command: Command) => {
      const ctx = contextOf(command);
      const request = {
        office,
        admit: options.admit,
        withdraw: options.withdraw,
        skip: options.skip,
        swap: options.swap,
        from: parseDateOption(options.from, '--from'),
        today: ctx.today,
        count: integerOption(options.count, '--count', 1, 200, 8),
      };
      const record = await ctx.record();
      if (ctx.global.json) ctx.printJson(whatIfJson(record, request));
      else ctx.print(whatIfText(record, request, ctx.style));
    });

  details(cli.command('due').description('what the record needs to be current: handovers, terms, summits, gaps and its age, each with the turnus record command; exit code 3 when something is due'), 'due')
    .addHelpText('after', examples('turnus due', 'turnus --org unsc due --today 2026-11-29', 'turnus --data records/ots due --json'))
    .action(async (_options: unknown, command: Command) => {
      const ctx = contextOf(command);
      const record = await ctx.record();
      const data = dataPath({ data: ctx.global.data });
      const items = dueItems(record, ctx.today, data);
      if (ctx.global.json) ctx.printJson(dueJson(record, items, ctx.today));
      else ctx.print(dueText(record, items, ctx.today, ctx.style, data));
      // Not an error: the list is printed on standard output; the exit code tells scripts something is due.
      if (items.length > 0) process.exitCode = EXIT_DUE;
    });

  details(cli.command('check').description('check a record: diagnostics as file:line:col: severity CODE message, with a hint; exit code 1 on errors'), 'check')
    .argument('[path...]', 'record files or folders, or - for standard input (default: --data, else the embedded record)')
    .addOption(new Option('--level <severity>', 'the least severe diagnostics shown (default: warning)').choices(SEVERITIES))
    .option('--strict', 'warnings make the check fail too')
    .addHelpText('after', examples('turnus check packages/data/records/ots/record.yaml', 'turnus check records/ --level info', 'cat record.yaml | turnus check -', 'turnus check --json'))
    .action(async (paths: string[], options: { level?: (typeof SEVERITIES)[number]; strict?: boolean }, command: Command) => {
      const ctx = contextOf(command);
      const level = options.level ?? 'warning';
      const data = dataPath({ data: ctx.global.data });
      const targets = paths.length ? paths : data !== undefined ? [data] : [];
      // Files need the YAML reader (dist/turnus-heavy.js); an embedded record, JSON already, only the checks.
      const check = targets.length ? await import('./heavy') : await import('./check-light');
      const embedded = targets.length === 0 ? { org: ctx.global.org ?? 'ots', record: embeddedRecord(ctx.global.org) } : undefined;
      const checkOptions = { today: ctx.today, level, strict: options.strict === true };
      const result = await check.runCheck({ paths: targets, embedded }, checkOptions);
      if (ctx.global.json) ctx.printJson(check.checkJson(result));
      else ctx.print(check.checkText(result, checkOptions, ctx.style));
      if (!result.ok) throw check.checkFailure(result, checkOptions);
    });

  const runRecord = async (kind: string, flags: Record<string, unknown>, command: Command) => {
    const ctx = contextOf(command);
    const record = await import('./heavy');
    const stderr = createStyle(2);
    const outcome = await record.runRecord(kind as never, flags as never, { path: dataPath({ data: ctx.global.data }), today: ctx.today, dryRun: flags.dryRun === true });
    if (ctx.global.json) ctx.printJson(record.recordJson(outcome));
    else ctx.print(record.recordText(outcome, ctx.style));
    writeErr(record.recordNotes(outcome, stderr));
  };
  // The two hundred flags of the record sub-commands are defined only when they may be needed.
  if (needsRecord) (await import('./args/record-command')).addRecordCommand(cli, runRecord);
  else cli.command('record').description(RECORD_DESCRIPTION);

  details(cli.command('export').description('export the record: iCalendar (summits, handovers, term ends), CSV of periods, JSON, or Popolo JSON'), 'export')
    .addOption(new Option('--format <format>', 'the format').choices(EXPORT_FORMATS))
    .option('--office <id>', 'ics and csv: only this office')
    .option('--projected <n>', 'csv: add this many projected periods per office')
    .option('--output <file>', 'write to this file (atomically) instead of standard output')
    .addHelpText('after', examples('turnus export --format ics > ots.ics', 'turnus export --format csv --office chair', 'turnus export --format popolo --output ots.popolo.json'))
    .action(async (options: { format?: string; office?: string; projected?: string; output?: string }, command: Command) => {
      const ctx = contextOf(command);
      const record = await ctx.record();
      const heavy = await import('./heavy');
      const projected = options.projected === undefined ? undefined : integerOption(options.projected, '--projected', 1, 100, 5);
      const text = heavy.exportText(record, { format: options.format, office: options.office, today: ctx.today, projected });
      if (options.output === undefined) ctx.print(text);
      else await heavy.writeAtomically(options.output, text);
    });

  details(cli.command('schema').description('print the JSON Schema of record files (for editors and validators)'), 'schema')
    .addHelpText('after', examples('turnus schema > record.schema.json'))
    .action(async () => {
      const { schemaText } = await import('./heavy');
      writeOut(schemaText());
    });

  details(cli.command('init').description('create a new record: <dir>/record.yaml (its first line points editors at the schema) and the schema beside it'), 'init')
    .argument('<org-id>', 'the organization id, lowercase (e.g. eco)')
    .option('--dir <folder>', 'where to create it (default: ./<org-id>)')
    .option('--name <name>', 'the English name at founding (required)')
    .option('--abbreviation <abbr>', 'its abbreviation')
    .option('--founded <date>', 'the founding day (YYYY-MM-DD, or YYYY-MM / YYYY) (required)')
    .option('--place <place>', 'where it was founded (required)')
    .option('--source <url>', 'a page that states the founding (required)')
    .option('--source-title <text>', 'the title of that page')
    .addHelpText('after', examples('turnus init eco --name "Economic Cooperation Organization" --abbreviation ECO --founded 1985 --place Tehran --source https://eco.int/about'))
    .action(async (org: string, options: { dir?: string; name?: string; abbreviation?: string; founded?: string; place?: string; source?: string; sourceTitle?: string }, command: Command) => {
      const ctx = contextOf(command);
      for (const flag of ['name', 'founded', 'place', 'source'] as const) {
        if (options[flag] === undefined) throw new CliError('E_USAGE', `init needs --${flag}`, { hint: 'turnus init eco --name "Economic Cooperation Organization" --founded 1985 --place Tehran --source https://…' });
      }
      const { initRecord } = await import('./heavy');
      const written = initRecord({ org, dir: options.dir, name: options.name!, abbreviation: options.abbreviation, founded: options.founded!, place: options.place!, source: options.source!, sourceTitle: options.sourceTitle, today: ctx.today });
      if (ctx.global.json) ctx.printJson(written);
      else ctx.print(`Created ${written.record} and ${written.schema}.\nNext: turnus --data ${options.dir ?? org} check\n`);
    });

  details(cli.command('completion').description('print a shell completion script'), 'completion')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText('after', examples('source <(turnus completion bash)', 'turnus completion zsh > ~/.zfunc/_turnus'))
    .action(async (shell: string, _options: unknown, command: Command) => {
      const ctx = contextOf(command);
      const { completionScript, completionValues } = await import('./heavy');
      const record = await ctx.record();
      ctx.print(completionScript(cli, shell, completionValues(record, embeddedIds(), embeddedRecord)));
    });

  // Every command ends a usage error with where to look for help.
  const hint = (command: Command, path: string) => {
    command.showHelpAfterError(`  hint: run turnus ${path ? `${path} ` : ''}--help for usage`);
    for (const sub of command.commands) hint(sub, `${path ? `${path} ` : ''}${sub.name()}`);
  };
  if (!json) hint(cli, '');
  return cli;
}
