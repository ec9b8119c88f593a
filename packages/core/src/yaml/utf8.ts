/** Where the first byte that is not UTF-8 is: its offset, and its 1-based line and column (in UTF-16 units, like the parser's). */
export interface InvalidUtf8 {
  readonly offset: number;
  readonly byte: number;
  readonly line: number;
  readonly column: number;
}

/** The length of a valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * The first byte of `bytes` that is not valid UTF-8, with its line and column; `undefined`
 * when all are. A line ends at LF, at CR LF, or at a CR alone (old Mac files).
 * @example findInvalidUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xff])) // { offset: 3, byte: 0xff, line: 2, column: 2 }
 */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return { offset: i, byte: bytes[i]!, line, column };
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if (b !== 0x0d) column += n === 4 ? 2 : 1;
    i += n;
  }
  return undefined;
}

/**
 * Decodes UTF-8 strictly: a byte that is not UTF-8 is reported with its position, never
 * replaced by U+FFFD. A leading byte-order mark is dropped.
 * @example decodeUtf8(new TextEncoder().encode('a: 1')) // { text: 'a: 1' }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalid?: undefined } | { text?: undefined; invalid: InvalidUtf8 } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { invalid: findInvalidUtf8(bytes) ?? { offset: 0, byte: bytes[0] ?? 0, line: 1, column: 1 } };
  }
}

/** The 1-based line and column of a UTF-16 offset in a text (a CR alone, LF, or CR LF ends a line). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
