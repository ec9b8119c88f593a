import { Command, CommanderError, Option } from 'commander';
import { TurnusError } from '@turnus/core';
import { stateJson, stateText } from './commands/state';
import { CliError } from './errors';
import { loadRecord } from './io/load-record';
import { parseDateOption, systemToday } from './io/today';
import { createStyle } from './render/style';

declare const __VERSION__: string;

interface GlobalOptions {
  data?: string;
  org?: string;
  today?: string;
  json?: boolean;
  debug?: boolean;
}

function program(): Command {
  const cli = new Command('turnus')
    .description('Query and check the governance records of intergovernmental organizations:\nwho chairs, who is Secretary-General, until when, and who comes next.')
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0', '-V, --version')
    .addOption(new Option('--data <path>', 'a YAML record file or folder, or - for standard input').env('TURNUS_DATA'))
    .option('--org <id>', 'an embedded organization (default: ots)')
    .option('--today <date>', 'the day to treat as today (YYYY-MM-DD), for reproducible output')
    .option('--json', 'print JSON for scripts')
    .option('--debug', 'print stack traces on errors')
    .showHelpAfterError('(run turnus --help for usage)')
    .exitOverride();

  cli
    .command('state')
    .description("the organization on one day: name, chair, Secretary-General, members and observers")
    .option('--on <date>', 'the day (YYYY-MM-DD; default: today)')
    .addHelpText('after', '\nExamples:\n  turnus state\n  turnus state --on 2021-11-12\n  turnus state --on 2022-12-01 --json')
    .action(async (options: { on?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const today = parseDateOption(global.today, '--today') ?? systemToday();
      const on = parseDateOption(options.on, '--on') ?? today;
      const record = await loadRecord({ org: global.org, data: global.data });
      if (global.json) process.stdout.write(JSON.stringify(stateJson(record, on, today), null, 2) + '\n');
      else process.stdout.write(stateText(record, on, today, createStyle(process.stdout)));
    });
  return cli;
}

/** The only place errors are caught: each becomes one line on stderr and an exit code. */
async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const style = createStyle(process.stderr);
  try {
    await program().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError || error instanceof TurnusError) {
      const where = error instanceof CliError && error.where ? `${error.where}: ` : '';
      process.stderr.write(`${where}${style.bold('turnus:')} ${error.code} ${error.message}\n`);
      if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return error instanceof CliError ? error.exitCode : error.code === 'E_INVALID_RECORD' ? 1 : 2;
    }
    process.stderr.write(`turnus: E_INTERNAL ${error instanceof Error ? error.message : String(error)}\n  hint: this is a bug; please report it with the command you ran (add --debug for details)\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
