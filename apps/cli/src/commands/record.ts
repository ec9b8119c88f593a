import { afterLatestDay, type Decision, type OrganizationRecord, type PlainDate } from '@turnus/core';
import type { Diagnostic } from '@turnus/core/validate';
import { parseRecord } from '@turnus/core/validate';
import { parseYamlRecord } from '@turnus/core/yaml';
import { createPatch } from 'diff';
import { CliError } from '../errors';
import { recordFileIn } from '../io/parse-file';
import { realpathSync } from 'node:fs';
import { checkpoint } from '../io/interrupt';
import { lineEndings } from '../io/line-endings';
import { readTextFile } from '../io/read-text';
import { describeDecision } from '../render/decision';
import { ordinalText } from './summits';
import { formatDiagnostic, formatWhere } from '../render/diagnostic';
import { plain, type Style } from '../render/style';
import { buildChange, SUMMIT_FIELD_ORDER, type RecordChange, type RecordFlags, type RecordKind } from '../record/build';
import { applySplices, RecordText, type Splice } from '../record/edit-text';
import type { YamlValue } from '../record/emit';
import { checkWritable, pauseForTestAsync, prepareReplacement, removeLeftovers, withRecordLock } from '../record/write-file';

/** Where and how `turnus record` writes. */
export interface RecordRun {
  /** The record file or folder (--data or TURNUS_DATA). */
  readonly path: string | undefined;
  readonly today: PlainDate;
  readonly dryRun: boolean;
}

/** What `turnus record` did (or, with --dry-run, would do). */
export interface RecordOutcome {
  readonly file: string;
  readonly dryRun: boolean;
  readonly change: RecordChange;
  readonly before: string;
  readonly after: string;
  /** The new decision or summit as it reads in the new record. */
  readonly entry: unknown;
  readonly sentence: string;
  /** Warnings and infos about the new entry (errors refuse the change). */
  readonly notes: readonly Diagnostic[];
}

const MEMBERSHIP = new Set(['admit', 'observer', 'suspend', 'reinstate', 'withdraw']);

/** The group a person files a decision under: its office, membership, or its type. */
function groupOf(d: { type: string; office?: string }): string {
  if (d.office !== undefined) return `office:${d.office}`;
  return MEMBERSHIP.has(d.type) ? 'membership' : `type:${d.type}`;
}

/** A comparable day for dates of any precision: the day after the last day they could mean. */
const sortKey = (date: string) => afterLatestDay(date);

/**
 * Where a person would put a new entry: after the last entry of its group (the same office,
 * membership, or the same type) that is not later than it; before the group's first entry when
 * it is earlier than all of them; at the end of the list when it starts a new group.
 */
function placement(items: readonly { date: string; type?: string; office?: string }[], entry: { date: string; type?: string; office?: string }, grouped: boolean): { after?: number; before?: number } {
  const candidates = items.map((item, index) => ({ item, index })).filter(({ item }) => !grouped || groupOf(item as { type: string }) === groupOf(entry as { type: string }));
  if (candidates.length === 0) return {};
  const key = sortKey(entry.date);
  const earlier = candidates.filter(({ item }) => sortKey(item.date) <= key);
  if (earlier.length > 0) return { after: earlier[earlier.length - 1]!.index };
  return { before: candidates[0]!.index };
}

/** The text edits that add (or update) the entries of a change. */
export function splicesFor(text: RecordText, record: OrganizationRecord, change: RecordChange): Splice[] {
  const splices: Splice[] = [];
  for (const source of change.sources) splices.push(text.insertItem('sources', source as unknown as Record<string, YamlValue>));
  for (const party of change.parties) splices.push(text.insertItem('parties', party as unknown as Record<string, YamlValue>));
  for (const person of change.people) splices.push(text.insertItem('people', person as unknown as Record<string, YamlValue>));
  if (change.update) {
    const found = text.itemById('summits', change.id);
    if (!found) throw new CliError('E_DATA_INVALID', `summit ${change.id} is not in the file`, { hint: 'turnus summits lists the summits.' });
    splices.push(...text.setFields(found.map, change.update, SUMMIT_FIELD_ORDER));
    return splices;
  }
  const entry = change.entry!;
  const items = change.list === 'decisions' ? record.decisions : record.summits;
  const where = placement(items as never, entry as never, change.list === 'decisions');
  splices.push(where.before !== undefined ? text.insertItemBefore(change.list, entry, where.before) : text.insertItem(change.list, entry, where.after));
  return splices;
}

/** Whether a record file is JSON (written back as JSON, in its own indentation). */
function isJsonText(file: string, text: string): boolean {
  return file.toLowerCase().endsWith('.json') || /^\uFEFF?\s*\{/.test(text);
}

/** Clean a value for JSON: fields left undefined are dropped. */
const plainJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The new JSON text: the change applied to the parsed record, in the file's own indentation. */
function jsonAfter(text: string, record: OrganizationRecord, change: RecordChange): string {
  const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown[] | undefined>;
  const list = (name: string): unknown[] => (data[name] ??= []) as unknown[];
  for (const source of change.sources) list('sources').push(plainJson(source));
  for (const party of change.parties) list('parties').push(plainJson(party));
  for (const person of change.people) list('people').push(plainJson(person));
  if (change.update) {
    const summit = list('summits').find((s) => (s as { id?: string }).id === change.id) as Record<string, unknown> | undefined;
    if (!summit) throw new CliError('E_DATA_INVALID', `summit ${change.id} is not in the file`, { hint: 'turnus summits lists the summits.' });
    for (const [key, value] of Object.entries(plainJson(change.update) as Record<string, unknown>)) {
      const current = summit[key];
      summit[key] = Array.isArray(value) && Array.isArray(current) ? [...current, ...value.filter((v) => !current.some((c) => JSON.stringify(c) === JSON.stringify(v)))] : value;
    }
  } else {
    const items = change.list === 'decisions' ? record.decisions : record.summits;
    const where = placement(items as never, change.entry as never, change.list === 'decisions');
    const at = where.before !== undefined ? where.before : where.after !== undefined ? where.after + 1 : list(change.list).length;
    list(change.list).splice(at, 0, plainJson(change.entry));
  }
  const indent = /^\{\s*?\n([ \t]+)"/.exec(text.replace(/^\uFEFF/, ''))?.[1] ?? (/^\s*\{\s*"/.test(text) && !text.trimEnd().includes('\n') ? '' : '  ');
  return `${text.startsWith('\uFEFF') ? '\uFEFF' : ''}${JSON.stringify(data, null, indent)}\n`;
}

/** Whether bytes start with UTF-8's byte-order mark (EF BB BF). */
function startsWithBom(data: Uint8Array | undefined): boolean {
  return data !== undefined && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
}

/** The change applied to the text and checked, without writing anything. */
async function prepare(file: string, target: string, kind: RecordKind, flags: RecordFlags, run: RecordRun): Promise<Omit<RecordOutcome, 'dryRun'>> {
  const read = await readTextFile(target);
  if (read.tooLarge) throw new CliError('E_DATA_INVALID', `FILE_TOO_LARGE ${file} is too large to be a record (more than ${read.bytes - 1} bytes)`, { where: `${file}:1:1`, hint: 'Check that --data names the right file.' });
  if (read.invalidUtf8) {
    const { line, column, byte } = read.invalidUtf8;
    throw new CliError('E_DATA_INVALID', `NOT_TEXT byte 0x${byte.toString(16).toUpperCase()} is not UTF-8, so nothing was recorded`, { where: `${file}:${line}:${column}`, hint: 'Record files are UTF-8 text; re-save the file as UTF-8.' });
  }
  const original = read.text ?? '';
  // A UTF-8 byte-order mark is kept: the decoder leaves it out of the text, so it goes back in
  // front of the new text (and of the old one, for the diff).
  const bom = startsWithBom(read.data) ? '\uFEFF' : '';
  // The file's line endings are kept: the edit works on LF text, and CR LF (or CR) is put back.
  const eol = lineEndings(original);
  const text = eol === '\n' ? original : original.split(eol).join('\n');
  const json = isJsonText(file, text);
  // One YAML parse serves both the typed record and the positions the edits need.
  // A hostile file (nested thousands deep) may overflow the parser's stack: the library's reading
  // of the bytes then says where and why.
  let source: RecordText | undefined;
  try {
    source = new RecordText(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const record = source && source.doc.errors.length === 0 ? parseRecord(source.doc.toJS({ maxAliasCount: 100 })).record : undefined;
  if (!record || !source) {
    const current = parseYamlRecord(read.data ?? text, { file, check: false });
    const first = current.diagnostics.find((d) => d.severity === 'error') ?? current.diagnostics[0];
    throw new CliError('E_DATA_INVALID', `the record already has errors, so nothing was recorded: ${first ? `${first.code} ${first.message}` : 'it holds no record'}`, {
      where: first ? formatWhere(first, file) : `${file}:1:1`,
      hint: `Fix it first: turnus check ${file}`,
    });
  }
  const change = buildChange(record, kind, flags, run.today);
  let edited = json ? jsonAfter(text, record, change) : applySplices(text, splicesFor(source, record, change));
  // A file without a final line break keeps having none.
  if (!/\n$/.test(text) && text !== '') edited = edited.replace(/\n+$/, '');
  const after = eol === '\n' ? edited : edited.split('\n').join(eol);
  await checkpoint();
  const checked = parseYamlRecord(edited, { file, today: run.today });
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !checked.record) {
    const before = parseYamlRecord(text, { file, today: run.today }).diagnostics.filter((d) => d.severity === 'error').length;
    const details = [`  in ${file} as it would be after the change:`, ...errors.flatMap((d) => formatDiagnostic(d, file, plain).map((l) => `  ${l}`))];
    if (before > 0) {
      throw new CliError('E_DATA_INVALID', `the record already has ${before} error${before === 1 ? '' : 's'}, so nothing was recorded; ${file} is unchanged`, { where: file, hint: `Fix them first: turnus check ${file}`, details });
    }
    throw new CliError('E_RECORD_REFUSED', `the ${kind === 'summit' ? 'summit' : 'decision'} would make the record invalid (${errors.length} error${errors.length === 1 ? '' : 's'}); ${file} is unchanged`, {
      // The position of the first error, in the file as it would be (the details say so).
      where: errors[0] ? formatWhere(errors[0], file) : file,
      hint: 'Correct the flags (each error above has a hint) and run the command again; --dry-run shows the change.',
      details,
    });
  }
  const newRecord = checked.record;
  const list = change.list === 'decisions' ? newRecord.decisions : newRecord.summits;
  const index = list.findIndex((item) => item.id === change.id);
  const entry = list[index];
  const notes = checked.diagnostics.filter((d) => d.path[0] === change.list && d.path[1] === index);
  const sentence = change.list === 'decisions' ? describeDecision(newRecord, entry as Decision) : summitSentence(entry as OrganizationRecord['summits'][number], Boolean(change.update));
  return { file, change, before: bom + original, after: bom + after, entry, sentence, notes };
}

function summitSentence(summit: OrganizationRecord['summits'][number], updated: boolean): string {
  const what = `${summit.ordinal !== undefined ? `${ordinalText(summit.ordinal)} ` : ''}${summit.kind} summit ${summit.id}`;
  return `${updated ? 'Updated the' : 'Added the'} ${what}: ${summit.status}, ${summit.date}${summit.city ? `, ${summit.city}` : ''}.`;
}

/**
 * `turnus record <kind>`: builds the decision from the flags, checks the whole record with it,
 * and only then writes — under the record's lock, atomically. With `dryRun`, nothing is
 * written or locked. A change that would not validate is refused (E_RECORD_REFUSED) and the
 * file is left byte for byte as it was.
 */
export async function runRecord(kind: RecordKind, flags: RecordFlags, run: RecordRun): Promise<RecordOutcome> {
  if (run.path === undefined) throw new CliError('E_USAGE', 'record writes to a record file, and none was given', { hint: 'Give the file with --data PATH (or the TURNUS_DATA variable); embedded records are read-only.' });
  if (run.path === '-') throw new CliError('E_USAGE', 'record cannot write to standard input', { hint: 'Give the record file with --data PATH.' });
  const file = recordFileIn(run.path);
  // Through a symbolic link, the file it points to is the one changed (and locked); the link stays.
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    throw new CliError('E_FILE_NOT_FOUND', `cannot read ${file}: no such file`, { hint: 'record writes to an existing record file: check the --data path.' });
  }
  if (run.dryRun) return { ...(await prepare(file, target, kind, flags, run)), dryRun: true };
  checkWritable(target);
  return withRecordLock(target, async () => {
    removeLeftovers(target);
    await checkpoint();
    const outcome = await prepare(file, target, kind, flags, run);
    await pauseForTestAsync('locked', target);
    const replacement = prepareReplacement(target, outcome.after, 'check it with turnus check');
    await pauseForTestAsync('temporary-written', replacement.temporary);
    // The last moment a signal can stop the write: after it, the new file is in place.
    await checkpoint();
    replacement.commit();
    return { ...outcome, dryRun: false };
  });
}

/** The unified diff of the change, as `--dry-run` prints it. */
export function recordDiff(outcome: RecordOutcome): string {
  return createPatch(outcome.file, outcome.before, outcome.after, 'now', 'after turnus record', { context: 3 });
}

export function recordText(outcome: RecordOutcome, style: Style): string {
  const lines: string[] = [];
  if (outcome.dryRun) lines.push(recordDiff(outcome).trimEnd(), '', style.bold(`Dry run: ${outcome.file} is unchanged. The change would record ${outcome.change.id}:`));
  else lines.push(style.bold(`Recorded ${outcome.change.id} in ${outcome.file}:`));
  lines.push(`  ${outcome.sentence}`);
  for (const s of outcome.change.sources) lines.push(`  added source ${s.id} (${s.url})`);
  for (const p of outcome.change.people) lines.push(`  added person ${p.id} (${Object.values(p.names)[0]})`);
  for (const p of outcome.change.parties) lines.push(`  added party ${p.id} (${p.names.en?.name ?? p.id})`);
  return lines.join('\n') + '\n';
}

/** Warnings about the new entry, in the check format, for stderr (infos are in the JSON output only). */
export function recordNotes(outcome: RecordOutcome, style: Style): string {
  return outcome.notes
    .filter((d) => d.severity === 'warning')
    .flatMap((d) => formatDiagnostic(d, outcome.file, style))
    .map((l) => `${l}\n`)
    .join('');
}

export function recordJson(outcome: RecordOutcome) {
  return {
    file: outcome.file,
    dryRun: outcome.dryRun,
    id: outcome.change.id,
    list: outcome.change.list,
    entry: outcome.entry,
    description: outcome.sentence,
    added: { sources: outcome.change.sources, people: outcome.change.people, parties: outcome.change.parties },
    notes: outcome.notes.map((d) => ({ file: d.file ?? outcome.file, line: d.line ?? null, column: d.column ?? null, severity: d.severity, code: d.code, message: d.message, hint: d.hint ?? null })),
    ...(outcome.dryRun ? { diff: recordDiff(outcome) } : {}),
  };
}
