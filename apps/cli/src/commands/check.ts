import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganizationRecord, PlainDate } from '@turnus/core';
import type { Diagnostic, Severity } from '@turnus/core/validate';
import { checkRecord } from '@turnus/core/validate';
import { CliError } from '../errors';
import { isFolder } from '../io/read-text';
import { RECORD_FILE_NAMES } from '../io/record-file-names';
import { countText, formatDiagnostic } from '../render/diagnostic';
import type { Style } from '../render/style';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What to check: files or folders, standard input (`-`), or an embedded record. */
export interface CheckTarget {
  readonly paths: readonly string[];
  readonly embedded?: { readonly org: string; readonly record: OrganizationRecord } | undefined;
}

export interface CheckOptions {
  readonly today: PlainDate;
  /** The least severe diagnostics shown (all are counted). */
  readonly level: Severity;
  /** Warnings make the check fail too. */
  readonly strict: boolean;
}

/** The result of `turnus check`, and its JSON form. */
export interface CheckResult {
  readonly ok: boolean;
  readonly files: readonly string[];
  readonly counts: Record<Severity, number>;
  readonly diagnostics: readonly Diagnostic[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage']);

/** Every record file under a folder: a folder's own record file, or those of its sub-folders. */
function recordFilesUnder(folder: string, depth = 0): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const own = RECORD_FILE_NAMES.find((name) => entries.some((e) => e.isFile() && e.name === name));
  if (own) return [join(folder, own)];
  if (depth >= 4) return [];
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIPPED_FOLDERS.has(e.name)).flatMap((e) => recordFilesUnder(join(folder, e.name), depth + 1));
}

function expand(path: string): string[] {
  if (!isFolder(path)) return [path];
  const files = recordFilesUnder(path);
  if (files.length === 0) {
    throw new CliError('E_FILE_NOT_FOUND', `no record file under ${path}`, { hint: `Record files are named ${RECORD_FILE_NAMES.join(', ')}; or give the file itself.` });
  }
  return files;
}

/** Checks every record named, and returns every diagnostic with its file, line and column. */
export async function runCheck(target: CheckTarget, options: CheckOptions): Promise<CheckResult> {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  if (target.embedded) {
    const file = `<embedded ${target.embedded.org}>`;
    files.push(file);
    // An embedded record is the schema's own output (the data build parsed and checked its YAML;
    // test/unit/embedded-schema.test.ts keeps it so): its meaning is checked, without zod.
    diagnostics.push(...checkRecord(target.embedded.record, { today: options.today }).map((d) => ({ ...d, file })));
  }
  const paths = target.paths.flatMap(expand);
  // The YAML reader is loaded only for files: an embedded record is JSON already (see check-light.ts).
  const { parseRecordFile } = paths.length ? await import('../heavy') : { parseRecordFile: undefined };
  for (const path of paths) {
    const parsed = await parseRecordFile!(path, { today: options.today });
    files.push(parsed.file);
    diagnostics.push(...parsed.diagnostics);
  }
  // In file order, as a person reads them (the severity colours still tell errors apart).
  const fileOrder = new Map(files.map((f, i) => [f, i]));
  diagnostics.sort((a, b) => (fileOrder.get(a.file ?? '') ?? 0) - (fileOrder.get(b.file ?? '') ?? 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return { ok: counts.error === 0 && (!options.strict || counts.warning === 0), files, counts, diagnostics };
}

/** The diagnostics at or above `level`, as `file:line:col: severity CODE message` and a hint line, then a summary. */
export function checkText(result: CheckResult, options: CheckOptions, style: Style): string {
  const shown = result.diagnostics.filter((d) => RANK[d.severity] <= RANK[options.level]);
  const lines = shown.flatMap((d) => formatDiagnostic(d, d.file ?? '', style));
  const hidden = result.diagnostics.length - shown.length;
  const where = result.files.length === 1 ? result.files[0]! : `${result.files.length} files`;
  const summary = `${where}: ${countText(result.counts)}${hidden ? ` (${hidden} not shown; --level info shows them)` : ''}`;
  if (lines.length) lines.push('');
  lines.push(result.ok ? summary : style.error(summary));
  return lines.join('\n') + '\n';
}

export function checkJson(result: CheckResult) {
  return {
    ok: result.ok,
    files: result.files,
    errors: result.counts.error,
    warnings: result.counts.warning,
    infos: result.counts.info,
    diagnostics: result.diagnostics.map((d) => ({
      file: d.file ?? null,
      line: d.line ?? null,
      column: d.column ?? null,
      severity: d.severity,
      code: d.code,
      message: d.message,
      path: d.path,
      hint: d.hint ?? null,
    })),
  };
}

/** The error `check` ends with when the record does not pass, after printing the diagnostics. */
export function checkFailure(result: CheckResult, options: CheckOptions): CliError {
  const reason = result.counts.error > 0 ? `${result.counts.error} error${result.counts.error === 1 ? '' : 's'}` : `${result.counts.warning} warning${result.counts.warning === 1 ? '' : 's'} (--strict)`;
  return new CliError('E_CHECK_FAILED', `the record does not pass: ${reason}`, { hint: options.strict && result.counts.error === 0 ? 'Fix the warnings or run without --strict.' : 'Fix the errors shown above; each has a hint.' });
}
