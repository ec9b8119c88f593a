/**
 * Checks of record text made before the YAML parser sees it, so that a hostile or odd file gets
 * a clear diagnostic at its position instead of a parser crash: nesting deeper than any record
 * needs, and old Mac line endings (a CR alone), read as line breaks.
 */

/** Deeper than any record goes (the OTS record nests 6 levels); the YAML parser recurses per level. */
export const MAX_NESTING = 64;

/** Whether a UTF-16 code unit is white space as String.prototype.trim and /\s/ see it. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const HASH = 35;
const DASH = 45;
/** White space other than LF, from a line's start. */
const LEADING_SPACE = /[^\S\n]*/y;
/** Characters up to the next that the nesting count looks at. */
const UNTIL_NOTABLE = /[^\n#"'[\]{}]*/y;

/** A line that opens a literal or folded block scalar (`|`, `>-`, `|2`…), tried only on lines holding `|` or `>`. */
const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][+-]?\d*\s*(#.*)?$/;

/**
 * Whether a value starts at `at` in block context: first on its line, or after a `-`, `?` or `:`
 * indicator (one that is followed by white space, and a `-` or `?` first or after white space).
 */
function startsValue(text: string, lineStart: number, at: number): boolean {
  let p = at - 1;
  while (p >= lineStart && isSpace(text.charCodeAt(p))) p--;
  if (p < lineStart) return true;
  const c = text.charCodeAt(p);
  if (p === at - 1) return false;
  if (c === 58) return true; // `key: [` (the space after `:` makes it an indicator; `a:[b]` is text)
  return (c === DASH || c === 63) && (p === lineStart || isSpace(text.charCodeAt(p - 1)));
}

/**
 * The position where the text nests deeper than `max` levels (flow brackets, or block
 * indentation), if it does. One pass over the characters, without copying lines: it runs on
 * every record read (hostile-text.test.ts compares it with the plain version it replaced).
 */
export function tooDeep(text: string, max = MAX_NESTING): { line: number; column: number; depth: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let quote: number | undefined;
  let blockScalar: number | undefined; // the indentation of the key whose block scalar (| or >) is being skipped
  let nextBar = -2; // where the next | and > are at or after the line (-1: none left; -2: not looked for yet)
  let nextGreater = -2;
  for (let i = 0; i < text.length; ) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    LEADING_SPACE.lastIndex = i;
    LEADING_SPACE.test(text);
    const bodyStart = LEADING_SPACE.lastIndex;
    let bodyEnd = end;
    while (bodyEnd > bodyStart && isSpace(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
    const indent = bodyStart - i;
    const empty = bodyStart === bodyEnd;
    if (blockScalar !== undefined && (empty || indent > blockScalar)) {
      // Inside a literal or folded block: text, not structure.
    } else if (!empty && text.charCodeAt(bodyStart) !== HASH) {
      blockScalar = undefined;
      if (flow === 0 && quote === undefined) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        // "- - - a" opens a level per dash on one line.
        let dashes = 0;
        for (let p = bodyStart; p + 1 < bodyEnd && text.charCodeAt(p) === DASH && isSpace(text.charCodeAt(p + 1)); ) {
          dashes++;
          p += 2;
          while (p < bodyEnd && isSpace(text.charCodeAt(p))) p++;
        }
        if (indents.length + dashes > max) return { line, column: indent + 1, depth: indents.length + dashes };
      }
      for (let j = bodyStart; j < end; j++) {
        if (quote !== undefined) {
          // Inside a quoted scalar, only its closing quote counts.
          const close = text.indexOf(quote === 34 ? '"' : "'", j);
          if (close === -1 || close >= end) break;
          quote = undefined;
          j = close;
          continue;
        }
        UNTIL_NOTABLE.lastIndex = j;
        UNTIL_NOTABLE.test(text);
        j = UNTIL_NOTABLE.lastIndex;
        if (j >= end) break;
        const c = text.charCodeAt(j);
        const before = j === i ? -1 : text.charCodeAt(j - 1);
        if (c === HASH) {
          if (before === -1 || isSpace(before)) break;
        } else if (c === 34 || c === 39) {
          if (before === -1 || isSpace(before) || before === 91 || before === 123 || before === 44 || before === 58) quote = c;
        } else if (c === 91 || c === 123) {
          // Outside flow, a bracket opens a collection only where a value starts; inside a plain
          // scalar (`a: b[[[`) it is text, as the library reads it.
          if (flow === 0 && !startsValue(text, bodyStart, j)) continue;
          flow++;
          if (flow + indents.length > max) return { line, column: j - i + 1, depth: flow + indents.length };
        } else if (flow > 0) flow--;
      }
      if (flow === 0 && quote === undefined) {
        if (nextBar !== -1 && nextBar < bodyStart) nextBar = text.indexOf('|', bodyStart);
        if (nextGreater !== -1 && nextGreater < bodyStart) nextGreater = text.indexOf('>', bodyStart);
        const mayOpen = (nextBar !== -1 && nextBar < bodyEnd) || (nextGreater !== -1 && nextGreater < bodyEnd);
        if (mayOpen && BLOCK_SCALAR_HEADER.test(text.slice(bodyStart, bodyEnd))) blockScalar = indent;
      }
    }
    line++;
    i = end + 1;
  }
  return undefined;
}

/**
 * Whether the text holds nothing but white space and comments: what `/^(\s*#.*\n?)*\s*$/` tells,
 * in one pass (that expression backtracks exponentially on a line of many `#` followed by
 * anything else: a banner of 30 `#` took minutes).
 */
export function holdsOnlyComments(text: string): boolean {
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return true;
    if (text.charCodeAt(i) !== HASH) return false;
    // A comment runs to the end of its line (where `.` stops).
    for (let c = text.charCodeAt(i); i < text.length && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029; c = text.charCodeAt(++i));
  }
}

/** The text with each CR that is not followed by LF turned into LF: same length, so positions hold. */
export function withoutLoneCr(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
