import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state } from '../_fixtures';
import { MAX_NESTING, MAX_RECORD_BYTES, MAX_RECORD_SIZE, parseYamlRecord } from './index';

const clean = record({
  parties: [state('AA', 'Alpha'), state('BB', 'Bravo')],
  offices: [chairOffice(calendarRule('P1Y', '2010-01-01'))],
  decisions: [...founders('2000-01-01', 'AA', 'BB'), { id: 'h1', type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01' }],
  asOf: '2010-06-01',
});
const text = stringify(clean);

describe('parseYamlRecord', () => {
  it('reads a clean record', () => {
    const result = parseYamlRecord(text, { file: 'r.yaml' });
    expect(result.diagnostics).toEqual([]);
    expect(result.record?.decisions).toHaveLength(3);
  });
  it('puts the line and column of the offending value on a diagnostic', () => {
    const at = text.lastIndexOf('date: 2010-01-01');
    const broken = `${text.slice(0, at)}date: 2010-02-30${text.slice(at + 'date: 2010-01-01'.length)}`;
    expect(broken).not.toBe(text);
    const [d] = parseYamlRecord(broken, { file: 'r.yaml' }).diagnostics;
    const line = broken.split('\n').findIndex((l) => l.includes('2010-02-30')) + 1;
    expect(d).toMatchObject({ code: 'INVALID_DATE', file: 'r.yaml', line, column: broken.split('\n')[line - 1]!.indexOf('2010-02-30') + 1 });
  });
  it('reports a YAML syntax error once, with its position', () => {
    const result = parseYamlRecord('formatVersion: 1\norganization: [unclosed\n', { file: 'bad.yaml' });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', file: 'bad.yaml', line: expect.any(Number), column: expect.any(Number) });
  });
  it('refuses duplicate keys', () => {
    expect(parseYamlRecord('formatVersion: 1\nformatVersion: 1\n').diagnostics[0]?.code).toBe('YAML_SYNTAX');
  });
  it('refuses empty, comment-only, binary and huge files with one diagnostic each', () => {
    expect(parseYamlRecord('').diagnostics.map((d) => d.code)).toEqual(['EMPTY_RECORD']);
    expect(parseYamlRecord('# just a comment\n\n').diagnostics.map((d) => d.code)).toEqual(['EMPTY_RECORD']);
    expect(parseYamlRecord('\u0000\u0001\u0002PNG').diagnostics.map((d) => d.code)).toEqual(['NOT_TEXT']);
    expect(parseYamlRecord('a'.repeat(MAX_RECORD_SIZE + 1)).diagnostics.map((d) => d.code)).toEqual(['FILE_TOO_LARGE']);
  });
  it('says what a file holds instead of a record, with a hint for a file (not "parse the text first")', () => {
    expect(parseYamlRecord('{}\n').diagnostics).toMatchObject([{ code: 'EMPTY_RECORD', message: expect.stringContaining('empty mapping'), line: 1, column: 1 }]);
    const [text] = parseYamlRecord('"formatVersion: 1"\n').diagnostics;
    expect(text).toMatchObject({ code: 'WRONG_TYPE', message: 'a record is a mapping of fields, got the text "formatVersion: 1"' });
    expect(text!.hint).not.toMatch(/parseYamlRecord/);
  });
  it('reads JSON too', () => {
    expect(parseYamlRecord(JSON.stringify(clean)).diagnostics).toEqual([]);
  });
  it('locates a missing field at its parent', () => {
    const missing = text.replace(/^asOf: .*\n/m, '');
    const [d] = parseYamlRecord(missing).diagnostics;
    expect(d).toMatchObject({ code: 'MISSING_FIELD', line: 1, column: 1 });
  });
});

describe('positions of unknown fields', () => {
  it('points at the misspelt key, not its value', () => {
    const typo = text.replace('asOf: 2010-06-01', 'asOf: 2010-06-01\nasoff: 2010-06-01');
    const [d] = parseYamlRecord(typo).diagnostics;
    const line = typo.split('\n').findIndex((l) => l.startsWith('asoff:')) + 1;
    expect(d).toMatchObject({ code: 'UNKNOWN_FIELD', line, column: 1 });
  });
});

describe('hostile input', () => {
  const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
  it('reads bytes as UTF-8 and gives the decoded text back', () => {
    const result = parseYamlRecord(new TextEncoder().encode(text));
    expect(result.diagnostics).toEqual([]);
    expect(result.text).toBe(text);
  });
  it('reports a byte that is not UTF-8 at its line and column', () => {
    const [d] = parseYamlRecord(bytes('formatVersion: 1\nasOf: ', [0xff, 0xfe], '\n'), { file: 'r.yaml' }).diagnostics;
    expect(d).toMatchObject({ code: 'NOT_TEXT', file: 'r.yaml', line: 2, column: 7, message: 'byte 0xFF (offset 23) is not UTF-8' });
  });
  it('counts columns in characters after multi-byte ones, and lines after a CR alone', () => {
    const [d] = parseYamlRecord(bytes('a: 1\rname: Türkiye ', [0xc3], '\n')).diagnostics;
    expect(d).toMatchObject({ code: 'NOT_TEXT', line: 2, column: 15 });
  });
  it('reports a U+FFFD left by a lossy decoder in a string at its own position', () => {
    const [d] = parseYamlRecord('formatVersion: 1\nasOf: \uFFFD\uFFFD\n').diagnostics;
    expect(d).toMatchObject({ code: 'NOT_TEXT', line: 2, column: 7 });
    expect(d!.message).toMatch(/U\+FFFD/);
  });
  it('refuses nesting deeper than MAX_NESTING at the line where it gets too deep', () => {
    const flow = parseYamlRecord(`formatVersion: 1\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`).diagnostics;
    expect(flow).toHaveLength(1);
    expect(flow[0]).toMatchObject({ code: 'YAML_TOO_DEEP', line: 2, column: 4 + MAX_NESTING - 1 });
    const block = parseYamlRecord(`formatVersion: 1\nx:\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`).diagnostics;
    expect(block).toMatchObject([{ code: 'YAML_TOO_DEEP', line: 3 + MAX_NESTING, column: MAX_NESTING + 1 }]);
  });
  it('reads a record whose lines end with a CR alone (old Mac files), at the same positions', () => {
    const mac = text.replace(/\n/g, '\r');
    expect(parseYamlRecord(mac).diagnostics).toEqual([]);
    expect(parseYamlRecord(mac).text).toBe(mac);
    const typo = mac.replace('asOf: 2010-06-01', 'asOf: 2010-06-01\rasoff: 2010-06-01');
    const line = typo.split('\r').findIndex((l) => l.startsWith('asoff:')) + 1;
    expect(parseYamlRecord(typo).diagnostics[0]).toMatchObject({ code: 'UNKNOWN_FIELD', line, column: 1 });
  });
  it('reads a record under a banner line of many # (the emptiness check once backtracked exponentially on it)', () => {
    expect(parseYamlRecord(`${'#'.repeat(80)}\n${text}`).diagnostics).toEqual([]);
  });
  it('finds a comment-only CR file empty', () => {
    expect(parseYamlRecord('# a\r# b\r').diagnostics.map((d) => d.code)).toEqual(['EMPTY_RECORD']);
  });
  it('refuses too many bytes before decoding them', () => {
    expect(parseYamlRecord(new Uint8Array(MAX_RECORD_BYTES + 1)).diagnostics.map((d) => d.code)).toEqual(['FILE_TOO_LARGE']);
  });
});
