import type { Diagnostic, Severity } from '@turnus/core/validate';
import type { Style } from './style';

/** `file:line:col` of a diagnostic (line and column 1 when the position is unknown). */
export function formatWhere(d: Diagnostic, file: string): string {
  return `${d.file ?? file}:${d.line ?? 1}:${d.column ?? 1}`;
}

/** "decisions[12].from": where in the record, for records that come from no file. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(the record)';
}

const PAINT: Record<Severity, keyof Style> = { error: 'error', warning: 'warn', info: 'dim' };

/**
 * A diagnostic as two lines: `file:line:col: severity CODE message`, then `  hint: …`.
 * Without a position (an embedded record), the path in the record stands after the file.
 */
export function formatDiagnostic(d: Diagnostic, file: string, style: Style): string[] {
  const where = d.line !== undefined ? formatWhere(d, file) : `${d.file ?? file}: ${formatPath(d.path)}`;
  const paint = style[PAINT[d.severity]] as (t: string) => string;
  const lines = [`${where}: ${paint(d.severity)} ${style.bold(d.code)} ${d.message}`];
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines;
}

/** "1 error, 2 warnings, 17 infos". */
export function countText(counts: Record<Severity, number>): string {
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [part(counts.error, 'error'), part(counts.warning, 'warning'), part(counts.info, 'info')].join(', ');
}
