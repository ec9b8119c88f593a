/**
 * Checks of record text made before the YAML parser sees it, so that a hostile or odd file gets
 * a clear diagnostic at its position instead of a parser crash: nesting deeper than any record
 * needs, and old Mac line endings (a CR alone), read as line breaks.
 */

/** Deeper than any record goes (the OTS record nests 6 levels); the YAML parser recurses per level. */
export const MAX_NESTING = 64;

/** The position where the text nests deeper than `max` levels (flow brackets, or block indentation), if it does. */
export function tooDeep(text: string, max = MAX_NESTING): { line: number; column: number; depth: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let quote: string | undefined;
  let blockScalar: number | undefined; // the indentation of the key whose block scalar (| or >) is being skipped
  for (let i = 0; i < text.length; ) {
    const end = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    const content = text.slice(i, end);
    const indent = content.length - content.trimStart().length;
    const body = content.trim();
    if (blockScalar !== undefined && (body === '' || indent > blockScalar)) {
      // Inside a literal or folded block: text, not structure.
    } else if (body !== '' && !body.startsWith('#')) {
      blockScalar = undefined;
      if (flow === 0 && quote === undefined) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        // "- - - a" opens a level per dash on one line.
        const dashes = /^(?:-\s+)+/.exec(body)?.[0].replace(/\s+/g, '').length ?? 0;
        if (indents.length + dashes > max) return { line, column: indent + 1, depth: indents.length + dashes };
      }
      for (let j = indent; j < content.length; j++) {
        const c = content[j]!;
        if (quote !== undefined) {
          if (c === quote) quote = undefined;
          continue;
        }
        if (c === '#' && (j === 0 || /\s/.test(content[j - 1]!))) break;
        if ((c === '"' || c === "'") && (j === 0 || /[\s[{,:]/.test(content[j - 1]!))) quote = c;
        else if (c === '[' || c === '{') {
          flow++;
          if (flow + indents.length > max) return { line, column: j + 1, depth: flow + indents.length };
        } else if ((c === ']' || c === '}') && flow > 0) flow--;
      }
      if (flow === 0 && quote === undefined && /(?:^|[\s:-])[|>][+-]?\d*\s*(#.*)?$/.test(body)) blockScalar = indent;
    }
    line++;
    i = end + 1;
  }
  return undefined;
}

/** The text with each CR that is not followed by LF turned into LF: same length, so positions hold. */
export function withoutLoneCr(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
