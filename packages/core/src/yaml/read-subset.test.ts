import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify, type DocumentOptions, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlRecord, parseYamlRecordWith, readYaml } from './parse-yaml-record';
import { MAX_NESTING, tooDeep } from './hostile-text';
import { readWithLibrary } from './read-with-library';
import { readYamlSubset, readYamlSubsetOrThrow } from './read-subset';

/** The same value: same types, numbers by Object.is, same keys in the same order, same prototypes. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  return keys.length === otherKeys.length && keys.every((k, i) => k === otherKeys[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Every path in a value, and paths just beside them that do not exist. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, i) => pathsOf(item, [...path, i], out));
    out.push([...path, value.length], [...path, '0']);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
    out.push([...path, 'no-such-key'], [...path, 'no-such-key', 0]);
  } else out.push([...path, 'beyond']);
  return out;
}

/**
 * Whether the subset reader agrees with the library on `text`: it either gives up, or gives the
 * library's value and the library's position for every path (and its key).
 */
function agrees(text: string): { read: boolean } {
  const subset = readYamlSubsetOrThrow(text);
  if (!subset) return { read: false };
  const library = readWithLibrary(text);
  if (!library.ok) throw new Error(`the subset read a text the library refuses (${library.message}):\n${text}`);
  if (!sameValue(subset.value, library.value)) {
    throw new Error(`different values:\n${text}\nsubset: ${JSON.stringify(subset.value)}\nlibrary: ${JSON.stringify(library.value)}`);
  }
  for (const path of pathsOf(library.value)) {
    for (const key of [false, true]) {
      const expected = library.offsetOf(path, key);
      const actual = subset.offsetOf(path, key);
      if (actual !== expected) throw new Error(`offset of ${JSON.stringify(path)}${key ? ' (key)' : ''}: ${actual}, library ${expected}:\n${text}`);
      if (expected !== undefined) expect(subset.positionOf(expected)).toEqual(library.positionOf(expected));
    }
  }
  return { read: true };
}

const records = readdirSync(new URL('../../../data/records/', import.meta.url)).map((id) => ({
  id,
  text: readFileSync(new URL(`../../../data/records/${id}/record.yaml`, import.meta.url), 'utf8'),
}));

describe('readYamlSubset on the records', () => {
  it.each(records)('reads the $id record as the library does, with every position', ({ text }) => {
    expect(agrees(text).read).toBe(true);
  });
  it.each(records)('gives the same diagnostics for the $id record, intact or broken', ({ text }) => {
    const library = (input: string) => parseYamlRecordWith(readWithLibrary, input, { file: 'record.yaml', today: '2026-11-28' });
    const subset = (input: string) => parseYamlRecordWith(readYaml, input, { file: 'record.yaml', today: '2026-11-28' });
    const lines = text.split('\n');
    // Break it in ways that reach the schema and the checks: a bad date, an unknown field, a missing id.
    const broken = [
      text,
      text.replace(/date: '(\d{4})-\d\d-\d\d'/, "date: '$1-02-30'"),
      text.replace(/\n {2}- id: /, '\n  - idd: '),
      lines.map((line, i) => (i === Math.floor(lines.length / 2) && /^\s+\w+: \w/.test(line) ? line.replace(/(\w+):/, '$1x:') : line)).join('\n'),
      text.replace(/\n {4}to: \S+/, ''),
    ];
    for (const input of broken) {
      expect(readYamlSubset(input)).toBeDefined();
      expect(subset(input).diagnostics).toEqual(library(input).diagnostics);
    }
  });
});

describe('readYamlSubset', () => {
  it('reads block mappings and sequences, flow collections, quoted and block scalars', () => {
    const text = [
      '# a comment',
      'a: 1',
      'b: [x, "y\\u00e9", \'z\'\'s\']',
      'c: { d: true, e: ~, f: 0o17, g: 0x1F, h: .inf, i: 1e3, j: 2.50, k: yes, l: 2020-01-01 }',
      'm:',
      '  - n: o # a comment',
      '    p: >-',
      '      folded',
      '      text',
      '',
      '      again',
      '  - - q',
      '    - |',
      '      literal',
      '        kept',
      '',
    ].join('\n');
    expect(readYamlSubset(text)?.value).toEqual({
      a: 1,
      b: ['x', 'yé', "z's"],
      c: { d: true, e: null, f: 15, g: 31, h: Infinity, i: 1000, j: 2.5, k: 'yes', l: '2020-01-01' },
      m: [{ n: 'o', p: 'folded text\nagain' }, ['q', 'literal\n  kept\n']],
    });
    expect(agrees(text).read).toBe(true);
  });
  it('gives up on what it does not read (the library then reads it, or words the error)', () => {
    const outside = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '---\na: 1\n',
      'a:\n  - 1\nb:\n',
      'a: 1\na: 2\n',
      '1: a\n',
      'a: [1,\n  2]\n',
      'a: "b\n  c"\n',
      'a: b\n  c\n',
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n',
      '? a\n: b\n',
      'a: |+\n  b\n\n',
      'a: >2\n   b\n',
      '<<: {a: 1}\n',
    ];
    for (const text of outside) expect(readYamlSubset(text), text).toBeUndefined();
  });
  it('reads corners of the subset as the library does', () => {
    const corners = [
      'key:\n- a\n- b\nnext: 1\n',
      'a:\n    b: 1\n# a comment at the left\n    c: 2\n',
      '- - - a\n    - b\n  - c\n- d\n',
      '-   a: 1\n    b: [ ]\n',
      "'quoted key' : 1\n\"double\": 2\n",
      'a: |\n\nb: >-\n\n   x\n\n   y\n  \nc: 1\n',
      'a: {b: [c, {d: e}], f: g}\n',
      'a: [b, ]\n',
      'a: b:c\n',
      'a: -b\n',
      'constructor: 1\n__proto__: 2\ntoString: 3\n',
      '[a, b]\n',
      'plain\n',
      // Short scalars are remembered by a hash of their length and three characters: these share one.
      'k: [aXbYc, aZbWc, aXbYc]\naXbYc: 1\naZbWc: 2\nlist:\n  - aXbYc\n  - aZbWc\n',
    ];
    for (const text of corners) expect(agrees(text).read, text).toBe(true);
  });
});

/** More runs for a thorough check: YAML_PROPERTY_RUNS=50 pnpm vitest run read-subset. */
const RUNS = Number(process.env.YAML_PROPERTY_RUNS ?? 1);

// Generated documents. Scalars are drawn from strings that are plain, numbers, booleans, nulls,
// dates, YAML 1.1 words, indicators and quotes, so that the core schema and the scalar styles
// are all exercised; the library's own stringify writes them in many styles.
const recordWords = [
  'a', 'id', 'name', 'kk-Latn', '$schema', 'x y', 'Türkiye', 'Тюркский совет', '2009-10-03', '2010-09', '1', '-1', '+1', '0', '-0', '007', '0o17', '0x1F', '1e3', '1.50', '.5', '.inf', '-.Inf', '.nan',
  'true', 'False', 'TRUE', 'yes', 'no', 'on', 'off', 'null', 'Null', '~', 'NULL', '', ' ', 'a: b', 'a #b', 'a#b', '#a', '- a', '-a', '? a', ':a', 'a:', "it's", 'say "hi"', '[x]', '{x}', 'a, b', '&a', '*a', '!a', '|', '>', '%a', '@a', '`a',
  'a\\b', 'line\nbreak', 'two\n\nbreaks', 'trailing\n', ' lead', 'trail ', 'https://example.org/a?b=c#d', '__proto__', 'constructor', 'é', '😀', '\u00a0x', '---', '...', 'a ---', '- - a',
];
/** Words records would not hold: a tab, a C1 control, a merge key. */
const oddWords = ['tab\tin', '\u0085', '<<', 'x\u2028y'];

function documents(words: readonly string[], strings: fc.Arbitrary<string>, styles: { collectionStyle: readonly ('any' | 'block' | 'flow')[]; lineWidth: readonly number[] }): fc.Arbitrary<string> {
  const word = fc.constantFrom(...words);
  const scalar = fc.oneof(word, fc.integer({ min: -1e6, max: 1e6 }), fc.double(), fc.boolean(), fc.constant(null), strings);
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(word, tie('value'), { maxKeys: 5 }),
  }));
  const top = fc.oneof(fc.dictionary(word, value, { minKeys: 1, maxKeys: 6 }), fc.array(value, { minLength: 1, maxLength: 5 }));
  const options = fc.record({
    indent: fc.constantFrom(2, 3, 4),
    indentSeq: fc.boolean(),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'),
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE'),
    collectionStyle: fc.constantFrom(...styles.collectionStyle),
    flowCollectionPadding: fc.boolean(),
    lineWidth: fc.constantFrom(...styles.lineWidth),
  }) as fc.Arbitrary<ToStringOptions & DocumentOptions>;
  return fc.tuple(top, options).map(([v, o]) => stringify(v, o));
}
/** Documents as the CLI writes records (no line folding) from printable text. */
const recordLikeText = documents(recordWords, fc.string({ maxLength: 8 }), { collectionStyle: ['any', 'block'], lineWidth: [0] });
/** Any document the library writes, from any text, in any style. */
const documentText = documents([...recordWords, ...oddWords], fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), {
  collectionStyle: ['any', 'block', 'flow'],
  lineWidth: [0, 20, 80],
});

/** Edits that take a document just outside the subset, or into corners of it. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(' ', '  ', '\n', '\n\n', ':', ': ', '#', ' #c', '-', '- ', "'", '"', '[', ']', '{', '}', ',', '>', '|', '>-', '&a ', '*a', '!t ', '?', '\t', '\r', '\\', 'a', '\n# c\n', '\n  # c\n', '---\n', '...\n', '%', '~', '\u00a0') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), text: fc.integer({ min: 1, max: 3 }).map(String) }),
  fc.record({ kind: fc.constant('duplicate line' as const), at: fc.nat(), text: fc.constant('') }),
);
function applyEdit(text: string, e: { kind: 'insert' | 'delete' | 'duplicate line'; at: number; text: string }): string {
  const at = e.at % (text.length + 1);
  if (e.kind === 'insert') return text.slice(0, at) + e.text + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + Number(e.text));
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end === -1 ? text.length : end);
  return `${text.slice(0, start)}${line}\n${text.slice(start)}`;
}

describe('readYamlSubset against the yaml library (property)', () => {
  it('reads nearly all of what the library writes as the CLI writes records, as the library reads it', () => {
    let read = 0;
    let total = 0;
    fc.assert(
      fc.property(recordLikeText, (text) => {
        total++;
        if (agrees(text).read) read++;
      }),
      { numRuns: 2000 * RUNS },
    );
    // What it gives up on here: multi-line quoted scalars, explicit indentation, empty block scalars.
    expect(read / total).toBeGreaterThan(0.8);
  });
  it('gives up on, or reads as the library does, any document the library writes', () => {
    fc.assert(fc.property(documentText, (text) => void agrees(text)), { numRuns: 2000 * RUNS });
  });
  it('gives up on, or reads as the library does, documents edited just outside the subset', () => {
    fc.assert(
      fc.property(documentText, fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => void agrees(edits.reduce(applyEdit, text))),
      { numRuns: 4000 * RUNS },
    );
  });
  it('resolves plain scalars as the core schema of the library does (nulls, booleans, numbers in every notation)', () => {
    const char = fc.constantFrom(...'0123456789+-.eEoxXabcdfinNtTrRuUlLsSAF~_ '.split(''));
    fc.assert(
      fc.property(fc.string({ unit: char, minLength: 1, maxLength: 7 }), (scalar) => void agrees(`key: ${scalar}\nlist: [${scalar}]\n`)),
      { numRuns: 5_000 * RUNS },
    );
  });
  it('gives up on, or reads as the library does, edited records', () => {
    const sample = records.find((r) => r.id === 'turkic-heritage-foundation')!.text;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => void agrees(edits.reduce(applyEdit, sample))),
      { numRuns: 300 * RUNS },
    );
  });
});

/** How deep a value nests: a scalar 0, a list or mapping one more than its deepest entry. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

/**
 * Whether the nesting pre-check (run before either reader) agrees with the library: it may only
 * call a text too deep when the library refuses it or reads a value nested deeper than MAX_NESTING.
 */
function precheckAgrees(text: string): void {
  if (!tooDeep(text)) return;
  const library = readWithLibrary(text);
  if (library.ok && depthOf(library.value) <= MAX_NESTING) throw new Error(`called too deep, but the library reads it ${depthOf(library.value)} levels deep:\n${text.slice(0, 200)}`);
}

describe('readYamlSubset and the nesting pre-check against the yaml library, on hostile corners (property)', () => {
  const quote = (text: string, style: 'plain' | 'single' | 'double') => (style === 'plain' ? text : style === 'single' ? `'${text}'` : `"${text}"`);
  const style = fc.constantFrom('plain' as const, 'single' as const, 'double' as const);
  it('gives up on, or reads as the library does, keys of 1,000 to 1,100 characters (the library refuses a block key over 1,024)', () => {
    const where = fc.constantFrom('top', 'nested', 'flow', 'sequence');
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1100 }), style, where, fc.constantFrom('k', 'é', 'a b'), (length, s, w, unit) => {
        const key = quote(unit.repeat(Math.ceil(length / unit.length)).slice(0, length), s);
        const text = w === 'top' ? `${key}: 1\nnext: 2\n` : w === 'nested' ? `a:\n  ${key}: 1\n` : w === 'flow' ? `a: {${key}: 1}\n` : `- ${key}: 1\n`;
        agrees(text);
        precheckAgrees(text);
      }),
      { numRuns: 300 * RUNS },
    );
  });
  it('reads brackets and braces inside plain and quoted scalars as text, as the library does, and never calls them too deep', () => {
    const run = fc.tuple(fc.constantFrom('[', '{', ']', '}', '[{', ' [', '['), fc.integer({ min: 0, max: 80 })).map(([c, n]) => c.repeat(n));
    fc.assert(
      fc.property(fc.constantFrom('b', 'x y', 'a:b', '-b', 'é'), run, fc.constantFrom('', 'c', ' d', ']'), style, fc.constantFrom('a: ', '- ', 'a:\n  - ', 'a:\n  b: '), (head, brackets, tail, s, before) => {
        const text = `${before}${quote(head + brackets + tail, s)}\n`;
        agrees(text);
        precheckAgrees(text);
      }),
      { numRuns: 1000 * RUNS },
    );
  });
  it('agrees with the library on flow collections nested near the limit, after block levels', () => {
    fc.assert(
      fc.property(fc.integer({ min: 55, max: 70 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('[', '{a: '), fc.boolean(), (depth, blocks, open, closed) => {
        const close = open === '[' ? ']' : '}';
        const indent = (n: number) => '  '.repeat(n);
        let text = '';
        for (let b = 0; b < blocks; b++) text += `${indent(b)}k${b}:\n`;
        text += `${indent(blocks)}v: ${open.repeat(depth)}x${closed ? close.repeat(depth) : ''}\n`;
        agrees(text);
        precheckAgrees(text);
        const library = parseYamlRecordWith(readWithLibrary, text, { check: false }).diagnostics.map((d) => d.code);
        const subset = parseYamlRecordWith(readYaml, text, { check: false }).diagnostics.map((d) => d.code);
        expect(subset).toEqual(library);
      }),
      { numRuns: 300 * RUNS },
    );
  });
  it('takes the hostile cases of issue 21 as the library does', () => {
    const k = (n: number) => 'k'.repeat(n);
    // A quoted block key whose ":" is 1,025 characters from its start: the library refuses it, so must the reader.
    for (const text of [`"${k(1023)}": 1\n`, `'${k(1023)}': 1\n`, `a:\n  "${k(1100)}": 1\n`]) {
      expect(readYamlSubset(text), text.slice(0, 20)).toBeUndefined();
      expect(parseYamlRecord(text).diagnostics.map((d) => d.code)).toEqual(['YAML_SYNTAX']);
    }
    // 70 brackets in a plain scalar are text: a string, not YAML_TOO_DEEP.
    const brackets = `a: b${'['.repeat(70)}\n`;
    expect(tooDeep(brackets)).toBeUndefined();
    expect(readYaml(brackets)).toMatchObject({ ok: true, value: { a: `b${'['.repeat(70)}` } });
    // 65 levels of flow still are too deep, where they nest.
    expect(parseYamlRecord(`a: ${'['.repeat(65)}${']'.repeat(65)}\n`).diagnostics.map((d) => d.code)).toEqual(['YAML_TOO_DEEP']);
  });
});
