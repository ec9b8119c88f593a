import { isTerminal, writeOut } from '../io/output';

/**
 * `turnus --help` (or `-h`) printed without loading the program: the build saves its text as
 * dist/turnus-help.txt, made by the program itself. Only off a terminal, where the text does not
 * depend on anything (a terminal wraps it to its width and takes the whole program).
 *
 * Returns whether the help was printed; false when the command line asks for something else,
 * the output is a terminal, or there is no saved text.
 */
export function printSavedHelp(argv: readonly string[], file: string): boolean {
  if (argv.length !== 3 || (argv[2] !== '--help' && argv[2] !== '-h') || isTerminal(1)) return false;
  let text: string;
  try {
    text = process.getBuiltinModule('node:fs').readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  writeOut(text);
  return true;
}
