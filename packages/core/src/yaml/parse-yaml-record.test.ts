import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state } from '../_fixtures';
import { MAX_RECORD_SIZE, parseYamlRecord } from './index';

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
