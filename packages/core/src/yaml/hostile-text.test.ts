import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsOnlyComments, MAX_NESTING, tooDeep, withoutLoneCr } from './hostile-text';

/** The plain version tooDeep replaced (a copy of each line, a regular expression per character), kept to compare with. */
function plainTooDeep(text: string, max: number): { line: number; column: number; depth: number } | undefined {
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
          // Outside flow, only where a value starts: first on the line, or after "- ", "? " or ": ".
          const before = content.slice(0, j);
          if (flow === 0 && !/^\s*$|(?:^|\s)[-?]\s+$|:\s+$/.test(before)) continue;
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


describe('tooDeep', () => {
  it('accepts what records nest', () => {
    expect(tooDeep('a:\n  b:\n    - c: [1, {d: 2}]\n')).toBeUndefined();
  });
  it('ignores brackets inside plain scalars: "a: b[[[…" is text to the library', () => {
    const brackets = '['.repeat(70);
    expect(tooDeep(`a: b${brackets}\nc: x ${brackets}\nd: e:${brackets}\n- f${brackets}\n`)).toBeUndefined();
    expect(tooDeep(`a: ${brackets}`)).toMatchObject({ line: 1, column: 3 + MAX_NESTING });
    expect(tooDeep(`- ${brackets}`)).toMatchObject({ line: 1, column: 2 + MAX_NESTING });
  });
  it('ignores brackets inside quotes, comments and block scalars', () => {
    const brackets = '['.repeat(MAX_NESTING + 1);
    expect(tooDeep(`a: "${brackets}"\nb: '${brackets}'\nc: 1 # ${brackets}\nd: |\n  ${brackets}\n`)).toBeUndefined();
  });
  it('places flow and block nesting where it passes the limit', () => {
    expect(tooDeep(`x: ${'['.repeat(MAX_NESTING + 5)}`)).toMatchObject({ line: 1, column: 3 + MAX_NESTING });
    expect(tooDeep(`${'- '.repeat(MAX_NESTING + 1)}1`)).toMatchObject({ line: 1, column: 1 });
  });
});

describe('tooDeep against its plain version', () => {
  it('sees white space as /\\s/ does, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(tooDeep(`${ch}- - - a`, 2)).toEqual(plainTooDeep(`${ch}- - - a`, 2));
      expect(tooDeep(`a:${ch}[[[`, 2)).toEqual(plainTooDeep(`a:${ch}[[[`, 2));
    }
  });
  it('gives the same answer on every record', () => {
    for (const id of readdirSync(new URL('../../../data/records/', import.meta.url))) {
      const text = readFileSync(new URL(`../../../data/records/${id}/record.yaml`, import.meta.url), 'utf8');
      for (const max of [3, 4, 5, 6, 7, 8, MAX_NESTING]) expect(tooDeep(text, max)).toEqual(plainTooDeep(text, max));
    }
  });
  it('gives the same answer on texts of the characters it looks at (property)', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\r', '-', '- ', '#', ' #', '[', ']', '{', '}', '"', "'", '|', '>', '|-', '>+2', ':', ': ', ',', 'a', '1', '\u00a0', '\u2028', '\ufeff', '\u3000');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 1, max: 6 }), (pieces, max) => {
        const text = pieces.join('');
        expect(tooDeep(text, max)).toEqual(plainTooDeep(text, max));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('holdsOnlyComments', () => {
  it('tells what /^(\\s*#.*\\n?)*\\s*$/ tells (property, on texts short enough for that expression)', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u2028', '\u00a0', '#', '# a', 'a', ':', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(holdsOnlyComments(text)).toBe(/^(\s*#.*\n?)*\s*$/.test(text));
      }),
      { numRuns: 20_000 },
    );
  });
  it('answers at once for a banner of many # followed by a record', () => {
    expect(holdsOnlyComments(`${'#'.repeat(100_000)}\nformatVersion: 1\n`)).toBe(false);
    expect(holdsOnlyComments(`# a\n${'#'.repeat(100_000)}\n  \n`)).toBe(true);
  });
});

describe('withoutLoneCr', () => {
  it('turns a CR alone into LF and keeps CR LF, length unchanged', () => {
    expect(withoutLoneCr('a\rb\r\nc')).toBe('a\nb\r\nc');
  });
});
