import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { OrganizationRecord } from '../schema/record';
import { checkRecord, type ValidateOptions } from '../validate/check-record';
import { DIAGNOSTIC_CODES } from '../validate/codes';
import type { Diagnostic } from '../validate/diagnostic';
import { parseRecord } from '../validate/parse';

/** The largest record file accepted, in characters. */
export const MAX_RECORD_SIZE = 20 * 1024 * 1024;

/** A record read from YAML (or JSON) text. */
export interface YamlRecordResult {
  /** The typed record, when the text holds a valid one (errors may still be among the diagnostics' semantic checks). */
  readonly record: OrganizationRecord | undefined;
  /** Every diagnostic, with the file name and the 1-based line and column of the value it concerns. */
  readonly diagnostics: readonly Diagnostic[];
  /** The position of a path in the text (the nearest enclosing node when the path does not exist). */
  locate(path: readonly (string | number)[], key?: boolean): { line: number; column: number } | undefined;
}

/** Options for {@link parseYamlRecord}. */
export interface YamlRecordOptions extends ValidateOptions {
  /** The file name to put on diagnostics. */
  readonly file?: string;
  /** Run the semantic checks too (default true); false stops after the schema. */
  readonly check?: boolean;
}

function nodeAt(root: Node | null, path: readonly (string | number)[], keyOfLast = false): Node | null {
  let node: Node | null = root;
  let found: Node | null = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as { value?: unknown } | null;
        return k !== null && typeof k === 'object' && String(k.value) === String(key);
      });
      if (!pair) break;
      if (keyOfLast && i === path.length - 1) return pair.key as Node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
      if (pair.value === null) {
        found = pair.key as Node;
        break;
      }
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      node = item;
    } else break;
    found = node;
  }
  return found;
}

/**
 * Parses record text (YAML 1.2, so JSON too), checks it against the schema and, by default,
 * runs the semantic checks; every diagnostic carries `file`, `line` and `column`.
 * Never throws on bad input: a syntax error, an empty file, a binary file or a huge one each
 * give one diagnostic with a stable code.
 * @example
 * const { record, diagnostics } = parseYamlRecord(text, { file: 'record.yaml' });
 */
export function parseYamlRecord(text: string, options: YamlRecordOptions = {}): YamlRecordResult {
  const file = options.file;
  const at = (d: Diagnostic, pos: { line: number; column: number } | undefined): Diagnostic => ({
    ...d,
    ...(file !== undefined ? { file } : {}),
    ...(pos ? { line: pos.line, column: pos.column } : {}),
  });
  const fail = (code: keyof typeof DIAGNOSTIC_CODES, message: string, pos?: { line: number; column: number }): YamlRecordResult => ({
    record: undefined,
    diagnostics: [at({ severity: 'error', code, message, path: [], hint: DIAGNOSTIC_CODES[code].hint }, pos ?? { line: 1, column: 1 })],
    locate: () => undefined,
  });
  if (text.length > MAX_RECORD_SIZE) return fail('FILE_TOO_LARGE', `the file has ${text.length} characters; a record has at most ${MAX_RECORD_SIZE}`);
  const nul = text.indexOf('\u0000');
  if (nul !== -1 || text.includes('\uFFFD')) return fail('NOT_TEXT', 'the file holds binary data, not UTF-8 text');
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) return fail('EMPTY_RECORD', 'the file holds no record');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locateOffset = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return fail('YAML_SYNTAX', message, locateOffset(first.pos[0]));
  }
  const locate = (path: readonly (string | number)[], key = false) => {
    const node = nodeAt(doc.contents as Node | null, path, key);
    return node?.range ? locateOffset(node.range[0]) : undefined;
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail('YAML_SYNTAX', error instanceof Error ? error.message : String(error));
  }
  const parsed = parseRecord(value);
  let diagnostics: Diagnostic[] = [...parsed.diagnostics];
  if (parsed.record && options.check !== false) diagnostics = checkRecord(parsed.record, options);
  // An unknown field is shown at its key: the name is what is wrong.
  return { record: parsed.record, diagnostics: diagnostics.map((d) => at(d, locate(d.path, d.code === 'UNKNOWN_FIELD'))), locate };
}
