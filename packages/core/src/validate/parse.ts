import { z, type core } from 'zod';
import { OrganizationRecord } from '../schema/record';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';
import type { Diagnostic } from './diagnostic';
import { conformsTo, type Conforms } from './conforms';
import { freezeDeep } from '../model/compile';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What a value is, in a reader's words (YAML's: a mapping, a list, text). */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the value ${String(value)}`;
  return `a ${typeof value}`;
}

/** zod's name for an expected type, in the same words as {@link describe}. */
const EXPECTED: Readonly<Record<string, string>> = { object: 'a mapping', array: 'a list', string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false' };

function missing(path: readonly PropertyKey[], expected?: string): Diagnostic {
  return diagnostic('MISSING_FIELD', `missing required field "${String(path[path.length - 1])}"${expected ? ` (${expected})` : ''}`, path);
}

function diagnostic(code: DiagnosticCode, message: string, path: readonly PropertyKey[], hint?: string): Diagnostic {
  return {
    severity: DIAGNOSTIC_CODES[code].severity,
    code,
    message,
    path: path.map((p) => (typeof p === 'number' ? p : String(p))),
    hint: hint ?? DIAGNOSTIC_CODES[code].hint,
  };
}

/** One schema issue as a diagnostic with a stable code and a message that names the value. */
function fromIssue(issue: core.$ZodIssue, input: unknown): Diagnostic[] {
  const path = issue.path;
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'custom': {
      if (value === undefined && path.length > 0) return [missing(path)];
      const code = (issue.params as { code?: DiagnosticCode } | undefined)?.code ?? 'INVALID_VALUE';
      return [diagnostic(code, `${issue.message} (got ${describe(value)})`, path)];
    }
    case 'invalid_type':
      if (value === undefined) return [missing(path)];
      return [diagnostic('WRONG_TYPE', `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(value)}`, path)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => diagnostic('UNKNOWN_FIELD', `unknown field "${key}"`, [...path, key]));
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator) {
        const got = valueAt(value, [discriminator]);
        return [diagnostic('INVALID_VALUE', got === undefined ? `missing field "${discriminator}"` : `unknown ${discriminator} ${describe(got)}`, [...path, discriminator])];
      }
      // Report the branch that got furthest: the one with the fewest issues.
      const branches = issue.errors.filter((b) => b.length > 0).sort((a, b) => a.length - b.length);
      const best = branches[0];
      if (best) return best.flatMap((i) => fromIssue(i, input));
      return [diagnostic('INVALID_VALUE', issue.message, path)];
    }
    case 'invalid_value':
      // A field left out is missing, not of a wrong value ("got undefined undefined" said it badly).
      if (value === undefined && path.length > 0) return [missing(path, `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`)];
      return [diagnostic('INVALID_VALUE', `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`, path)];
    case 'invalid_format':
      if (value === undefined && path.length > 0) return [missing(path)];
      return [diagnostic('INVALID_VALUE', `expected ${issue.format === 'regex' ? 'a value in the documented format' : `a ${issue.format}`}: ${issue.message} (got ${describe(value)})`, path)];
    case 'too_small':
      return [diagnostic('INVALID_VALUE', issue.origin === 'string' ? `must not be empty` : issue.message, path)];
    default:
      return [diagnostic('INVALID_VALUE', issue.message, path)];
  }
}

/**
 * Records at least this large are parsed by zod's ahead-of-time compiled schema (`z.compile`):
 * about 2.5× faster per record once built, but building it costs more than a small record's parse.
 */
export const COMPILED_PARSE_THRESHOLD = 2_000;

let compiledRecord: typeof OrganizationRecord | undefined;

/**
 * The schema that parses `input`: the record schema itself, or for a large record its compiled
 * clone. Both are the same zod schema: the clone runs a generated fast path first and hands any
 * input it does not accept to zod's runtime parser, so results and issues are identical
 * (`parse.property.test.ts` checks this on valid and broken records).
 */
function schemaFor(input: object): typeof OrganizationRecord {
  const decisions = (input as { decisions?: unknown }).decisions;
  if (!Array.isArray(decisions) || decisions.length < COMPILED_PARSE_THRESHOLD) return OrganizationRecord;
  compiledRecord ??= z.compile(OrganizationRecord);
  return compiledRecord;
}

/** The record schema's fields that hold lists (decisions, summits…), each with its in-place check. */
let listChecks: [string, Conforms][] | undefined;

/**
 * {@link parseRecord} for a caller that only reads the record (validation): each list of the
 * record whose entries already are what the schema gives back (checked in place by the schema's
 * own definitions, `conforms.ts`) is taken as it is instead of being copied by zod, which parses
 * the rest. The same record (equal in every value) and the same diagnostics: a list that does not
 * conform stays with zod, and a rest that does not parse sends the whole input to `parseRecord`.
 * A record of 100,000 decisions is then parsed without a copy of each decision. Values are read
 * as data: the input is parsed YAML or JSON, whose properties are neither getters nor hidden.
 */
export function parseRecordInPlace(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return parseRecord(input);
  const proto = Object.getPrototypeOf(input) as unknown;
  // Plain data only: a spread copy of anything else could hide what the schema would read.
  const keys = Reflect.ownKeys(input);
  if (proto !== Object.prototype || !keys.every((k) => typeof k === 'string' && Object.prototype.propertyIsEnumerable.call(input, k) && 'value' in Object.getOwnPropertyDescriptor(input, k)!)) return parseRecord(input);
  listChecks ??= Object.entries(OrganizationRecord.shape).flatMap(([key, field]): [string, Conforms][] => {
    const def = field._zod.def as { type: string; innerType?: typeof field };
    const list = def.type === 'optional' ? def.innerType! : field;
    return list._zod.def.type === 'array' ? [[key, conformsTo(list)]] : [];
  });
  const record = input as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  const rest: Record<string, unknown> = { ...record };
  for (const [key, conforms] of listChecks) {
    if (record[key] !== undefined && conforms(record[key])) {
      kept[key] = record[key];
      rest[key] = [];
    }
  }
  const result = schemaFor(input).safeParse(rest);
  if (!result.success) return parseRecord(input);
  return { record: { ...result.data, ...kept } as OrganizationRecord, diagnostics: [] };
}

/** The result of parsing: the typed record when the input fits the schema, and the diagnostics. */
export interface ParseResult {
  readonly record: OrganizationRecord | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks that `input` (parsed YAML or JSON) has the shape of a record, with real dates and
 * durations. Returns the typed record (a new object, frozen all the way down: records are
 * immutable values), or diagnostics with stable codes and paths.
 * @example parseRecord(JSON.parse(text)).diagnostics
 */
export function parseRecord(input: unknown): ParseResult {
  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return { record: undefined, diagnostics: [diagnostic('EMPTY_RECORD', 'the file holds no record', [])] };
  }
  if (typeof input !== 'object' || Array.isArray(input)) {
    // Text given where its parse was meant: say how to parse it.
    const hint = typeof input === 'string' ? 'Parse the text first: parseYamlRecord(text) from @turnus/core/yaml reads YAML and JSON.' : undefined;
    return { record: undefined, diagnostics: [diagnostic('WRONG_TYPE', `a record is a mapping of fields, got ${describe(input)}`, [], hint)] };
  }
  if (Object.keys(input).length === 0) {
    const required = Object.entries(OrganizationRecord.shape).flatMap(([key, field]) => (field.safeParse(undefined).success ? [] : [key]));
    return { record: undefined, diagnostics: [diagnostic('EMPTY_RECORD', `the record is an empty mapping; a record has the fields ${required.join(', ')}`, [])] };
  }
  const result = schemaFor(input).safeParse(input);
  // The record is zod's copy: frozen, as every record a query reads (records are immutable values).
  if (result.success) {
    freezeDeep(result.data);
    return { record: result.data, diagnostics: [] };
  }
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    for (const d of fromIssue(issue, input)) {
      const key = `${d.code}|${d.path.join('.')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(d);
    }
  }
  return { record: undefined, diagnostics };
}
