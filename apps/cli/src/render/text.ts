const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Characters that are not marks and that normalization to NFC leaves as they are, alone or side
 * by side (Latin letters, punctuation, arrows: what turnus prints): a text of them takes as many
 * columns as it has characters (checked in test/unit/text-width.test.ts).
 */
export const PLAIN_TEXT = /^[\u0000-\u02ff\u2010-\u2027\u2190-\u21ff]*$/;

/** The number of terminal columns a text takes: ANSI styles and combining marks take none. */
export function displayWidth(text: string): number {
  const shown = text.replace(ANSI, '');
  // The common case without ICU's normalizer and the Unicode set of marks.
  if (PLAIN_TEXT.test(shown)) return shown.length;
  let width = 0;
  for (const char of shown.normalize('NFC')) {
    if (/\p{M}/u.test(char)) continue;
    width += 1;
  }
  return width;
}

/** Pads a text on the right to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Cuts a text to at most `width` columns, ending with an ellipsis when it was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const chars = [...text.normalize('NFC')];
  return chars.slice(0, width - 1).join('') + '…';
}

/**
 * Rows laid out in aligned columns separated by two spaces. A column empty in every row is
 * left out, and trailing empty cells are not padded, so no line ends in spaces.
 */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => {
    const cells = row.filter((_, i) => widths[i]! > 0);
    const kept = widths.filter((w) => w > 0);
    let last = cells.length - 1;
    while (last > 0 && displayWidth(cells[last]!) === 0) last--;
    return cells
      .slice(0, last + 1)
      .map((cell, i) => (i === last ? cell : padEnd(cell, kept[i]!)))
      .join('  ');
  });
}

/** A paragraph wrapped to `width` columns, every line after the first indented by `indent` spaces. */
export function wrap(text: string, width: number, indent = 0): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const limit = width - (lines.length === 0 ? 0 : indent);
    if (line && displayWidth(line) + 1 + displayWidth(word) > limit) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l)).join('\n');
}
