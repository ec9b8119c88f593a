import { parse, stringify } from 'yaml';

/**
 * A small YAML writer for the entries `turnus record` adds, in the style of hand-kept records:
 * block mappings, dates in single quotes, lists of ids and short name mappings in flow style
 * (`sources: [a, b]`, `en: { name: Türkiye }`), long texts folded (`note: >-`). Scalars are
 * quoted by the `yaml` package; the caller parses the result again, so a mistake here can
 * never reach a file unnoticed.
 */

/** Keys whose values are dates: always quoted, as in the records (`date: '2022-11-11'`). */
export const DATE_KEYS = new Set(['date', 'effective', 'notAfter', 'until', 'endDate', 'accessed', 'from', 'to']);

export type YamlValue = string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

const isObject = (v: YamlValue): v is { readonly [key: string]: YamlValue | undefined } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A scalar in block context, on one line. */
function blockScalar(value: string | number | boolean, key?: string): string {
  if (typeof value === 'string' && key !== undefined && DATE_KEYS.has(key) && /^[\d-]+$/.test(value)) return `'${value}'`;
  // A line break would make the yaml package choose a block scalar: keep it on one line, escaped.
  if (typeof value === 'string' && /[\n\r]/.test(value)) return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A scalar inside a flow collection: plain when that reads back as the same string, else double-quoted. */
function flowScalar(value: string | number | boolean, key?: string): string {
  if (typeof value !== 'string') return String(value);
  if (key !== undefined && DATE_KEYS.has(key) && /^[\d-]+$/.test(value)) return `'${value}'`;
  if (/^[^\s,[\]{}#&*!|>'"%@`:?-][^,[\]{}#]*$/.test(value) && !/:\s|\s$/.test(value)) {
    try {
      if ((parse(`[${value}]`) as unknown[])[0] === value) return value;
    } catch {
      // Not plain-safe: quoted below.
    }
  }
  return JSON.stringify(value);
}

function isScalar(v: YamlValue | undefined): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** `[a, b]` for a list of scalars, `{ name: X, official: Y }` for a mapping of scalars. */
function flow(value: YamlValue, key?: string): string | undefined {
  if (Array.isArray(value)) {
    if (!value.every(isScalar)) return undefined;
    return `[${value.map((v) => flowScalar(v, key)).join(', ')}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.every(([, v]) => isScalar(v))) return undefined;
    return entries.length ? `{ ${entries.map(([k, v]) => `${k}: ${flowScalar(v as string, k)}`).join(', ')} }` : '{}';
  }
  return undefined;
}

/** Words folded into lines of at most `width` columns (a word longer than that keeps its own line). */
function fold(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Whether a text can be written as a folded block scalar and read back the same. */
function foldable(text: string): boolean {
  return !/[\n\t\r]|^\s|\s$| {2}|[\u0000-\u001f\u007f]/.test(text) && text.length > 0;
}

/** The lines of `key: value` at `indent` spaces, within `width` columns where the text allows. */
export function emitPair(key: string, value: YamlValue, indent: number, width = 100): string[] {
  const pad = ' '.repeat(indent);
  if (isScalar(value)) {
    const one = `${pad}${key}: ${blockScalar(value, key)}`;
    if (one.length <= width || typeof value !== 'string' || !foldable(value)) return [one];
    return [`${pad}${key}: >-`, ...fold(value, Math.max(40, width - indent - 2)).map((l) => `${pad}  ${l}`)];
  }
  const inline = flow(value, key);
  if (inline !== undefined && `${pad}${key}: ${inline}`.length <= width) return [`${pad}${key}: ${inline}`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}${key}: []`];
    return [`${pad}${key}:`, ...value.flatMap((item) => emitListItem(item, indent + 2, width))];
  }
  const entries = Object.entries(value as Record<string, YamlValue | undefined>).filter((e): e is [string, YamlValue] => e[1] !== undefined);
  if (entries.length === 0) return [`${pad}${key}: {}`];
  return [`${pad}${key}:`, ...entries.flatMap(([k, v]) => emitPair(k, v, indent + 2, width))];
}

/** The lines of one list item (`- …`) at `indent` spaces. */
export function emitListItem(value: YamlValue, indent: number, width = 100): string[] {
  const pad = ' '.repeat(indent);
  if (isScalar(value)) {
    const one = `${pad}- ${blockScalar(value)}`;
    if (one.length <= width || typeof value !== 'string' || !foldable(value)) return [one];
    return [`${pad}- >-`, ...fold(value, Math.max(40, width - indent - 4)).map((l) => `${pad}    ${l}`)];
  }
  if (Array.isArray(value)) return [`${pad}- ${flow(value) ?? JSON.stringify(value)}`];
  return emitMapping(value as Record<string, YamlValue | undefined>, `${pad}- `, width);
}

/**
 * A mapping as a list item: the first line starts with `prefix` (e.g. `  - `), the others are
 * indented to line up under the first key.
 */
export function emitMapping(value: { readonly [key: string]: YamlValue | undefined }, prefix: string, width = 100): string[] {
  const indent = prefix.length;
  const lines = Object.entries(value)
    .filter((e): e is [string, YamlValue] => e[1] !== undefined)
    .flatMap(([k, v]) => emitPair(k, v, indent, width));
  if (lines.length === 0) return [`${prefix}{}`];
  lines[0] = prefix + lines[0]!.slice(indent);
  return lines;
}
