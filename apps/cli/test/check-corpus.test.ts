import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STACK, tempFolder, turnus } from './helpers';

/**
 * Malformed records, each made from a small valid one (fixtures/valid-record.yaml) by one
 * change. `⟦` marks where the diagnostic must point: the test removes it and expects that
 * line and column. Each must give its stable code, exit code 1, and no stack trace.
 */
const VALID = readFileSync(new URL('./fixtures/valid-record.yaml', import.meta.url), 'utf8');

interface Case {
  readonly name: string;
  readonly code: string;
  /** The file's content: a text with a ⟦ marker, or bytes (the diagnostic is then at 1:1). */
  readonly content: string | Buffer;
  /** Where the diagnostic is, for bytes (default 1:1). */
  readonly at?: readonly [number, number];
}

/** Rule versions, as the offices of the valid record would hold them. */
const RULES = {
  rotation: `    heldBy: party
    rules:
      - id: r1
        role: stated
        kind: rotation
        from: '2000-01-01'
        trigger: { kind: summit }
        order: { kind: alphabetical, language: en }
        eligible: members
        sources: [s1]`,
  term: `    heldBy: person
    rules:
      - id: t1
        role: stated
        kind: term
        from: '2000-01-01'
        length: P3Y
        start: appointment
        sources: [s1]`,
};

/** The valid record with `find` replaced by `replace` (which carries the ⟦ marker). */
function edit(find: string, replace: string): string {
  if (!VALID.includes(find)) throw new Error(`the valid record has no ${JSON.stringify(find)}`);
  return VALID.replace(find, replace);
}

const CASES: readonly Case[] = [
  // The YAML itself
  { name: 'an unclosed flow list', code: 'YAML_SYNTAX', content: edit('    sources: [s1]\nasOf', '    sources: [s1\n⟦asOf') },
  { name: 'a key indented too far', code: 'YAML_SYNTAX', content: edit('    place: Ankara', '    place: ⟦Ankara\n      extra: 1') },
  { name: 'a tab used for indentation', code: 'YAML_SYNTAX', content: edit('    title: Founding treaty', '⟦\ttitle: Founding treaty') },
  { name: 'a key given twice', code: 'YAML_SYNTAX', content: edit("asOf: '2026-01-01'", "asOf: '2026-01-01'\n⟦asOf: '2026-02-01'") },
  { name: 'an unclosed quote', code: 'YAML_SYNTAX', content: edit("asOf: '2026-01-01'", "asOf: '2026-01-01⟦") },
  { name: 'a key out of line in a list item', code: 'YAML_SYNTAX', content: edit('  - id: HU\n', '  - id: HU\n⟦  ki nd: : x\n') },
  // Dates and durations
  { name: 'a day that does not exist', code: 'INVALID_DATE', content: edit("asOf: '2026-01-01'", "asOf: ⟦'2023-02-30'") },
  { name: 'a word where a date belongs', code: 'INVALID_DATE', content: edit("    date: '2001-01-01'", '    date: ⟦yesterday') },
  { name: 'a month that does not exist', code: 'INVALID_DATE', content: edit("    date: '2002-05-01'\n    sources: [s1]\ndecisions", "    date: ⟦'2002-13'\n    sources: [s1]\ndecisions") },
  { name: 'a date written the other way round', code: 'INVALID_DATE', content: edit("    date: '2000-01-01'\n    place", "    date: ⟦'01/01/2000'\n    place") },
  { name: 'a duration longer than the calendar', code: 'INVALID_DURATION', content: `${VALID}  - id: extend-1\n    type: extend\n    office: secretary-general\n    person: jane-doe\n    for: ⟦P9999999Y\n    date: '2003-01-01'\n    sources: [s1]\n` },
  { name: 'a duration in words', code: 'INVALID_DURATION', content: `${VALID}  - id: extend-1\n    type: extend\n    office: secretary-general\n    person: jane-doe\n    for: ⟦one year\n    date: '2003-01-01'\n    sources: [s1]\n` },
  // Shapes and types
  { name: 'an empty file', code: 'EMPTY_RECORD', content: '' },
  { name: 'a file of comments only', code: 'EMPTY_RECORD', content: '# a record, one day\n# nothing yet\n' },
  { name: 'a list instead of a record', code: 'WRONG_TYPE', content: '⟦- formatVersion: 1\n- asOf: 2026-01-01\n' },
  { name: 'a number where a list of parties belongs', code: 'WRONG_TYPE', content: edit('parties:\n  - id: AZ', 'parties: ⟦42\nunused:\n  - id: AZ') },
  { name: 'a word where an ordinal belongs', code: 'WRONG_TYPE', content: edit('    ordinal: 2', '    ordinal: ⟦second') },
  { name: 'a source without its address', code: 'MISSING_FIELD', content: edit('  - id: s1\n    title: Founding treaty\n    url: https://example.org/treaty\n', '  - ⟦id: s1\n    title: Founding treaty\n') },
  { name: 'a decision with a misspelt field', code: 'UNKNOWN_FIELD', content: edit('    founding: true\n    date: \'2000-01-01\'\n    sources: [s1]\n  - id: admit-tr', '    founding: true\n    ⟦foundng: true\n    date: \'2000-01-01\'\n    sources: [s1]\n  - id: admit-tr') },
  { name: 'a summit of an unknown kind', code: 'INVALID_VALUE', content: edit('    ordinal: 2\n    kind: ordinary', '    ordinal: 2\n    kind: ⟦secret') },
  { name: 'a source whose address is not a URL', code: 'INVALID_VALUE', content: edit('    url: https://example.org/treaty', '    url: ⟦example dot org') },
  { name: 'a party id in mixed case', code: 'INVALID_VALUE', content: edit('  - id: HU\n', '  - id: ⟦Hu\n') },
  { name: 'a decision of an unknown type', code: 'INVALID_VALUE', content: edit('    type: observer', '    type: ⟦invite') },
  { name: 'two sources with one id', code: 'DUPLICATE_ID', content: edit('parties:', '  - id: ⟦s1\n    title: Copy\n    url: https://example.org/copy\n    publisher: Demo Council\nparties:') },
  // References
  { name: 'a handover to a party the record does not list', code: 'UNKNOWN_PARTY', content: edit('    to: AZ', '    to: ⟦KZ') },
  { name: 'an appointment of a person the record does not list', code: 'UNKNOWN_PERSON', content: edit('    person: jane-doe\n    date', '    person: ⟦john-smith\n    date') },
  { name: 'a handover of an office the record does not list', code: 'UNKNOWN_OFFICE', content: edit('    office: chair\n    from: TR', '    office: ⟦presidency\n    from: TR') },
  { name: 'a fact resting on a source the record does not list', code: 'UNKNOWN_SOURCE', content: edit("    party: HU\n    date: '2001-01-01'\n    sources: [s1]", "    party: HU\n    date: '2001-01-01'\n    sources: [⟦nowhere]") },
  { name: 'a decision taken at a summit the record does not list', code: 'UNKNOWN_SUMMIT', content: edit('    summit: s-2', '    summit: ⟦s-9') },
  { name: 'a fact with no source', code: 'MISSING_SOURCE', content: edit("  - id: appoint-1\n    type: appoint\n    office: secretary-general\n    person: jane-doe\n    date: '2001-05-01'\n    sources: [s1]\n", "  - ⟦id: appoint-1\n    type: appoint\n    office: secretary-general\n    person: jane-doe\n    date: '2001-05-01'\n") },
  // Meaning
  { name: 'two Secretaries-General appointed the same day', code: 'PERIOD_OVERLAP', content: `${VALID}  - ⟦id: appoint-2\n    type: appoint\n    office: secretary-general\n    person: john-roe\n    date: '2001-05-01'\n    sources: [s1]\n` },
  { name: 'a handover from a party that did not hold the chair', code: 'HANDOVER_MISMATCH', content: edit('    from: TR\n    to: AZ', '    from: ⟦AZ\n    to: AZ') },
  { name: 'a summit that ends before it begins', code: 'DATE_ORDER', content: edit("    host: AZ\n    date: '2002-05-01'", "    host: AZ\n    date: '2002-05-01'\n    endDate: ⟦'2002-04-30'") },
  { name: 'the chair handed to an observer', code: 'OBSERVER_AS_CHAIR', content: `${edit('    heldBy: party\n    rules: []', RULES.rotation)}  - ⟦id: handover-3\n    type: handover\n    office: chair\n    from: AZ\n    to: HU\n    date: '2003-05-01'\n    sources: [s1]\n` },
  { name: 'a rotation rule for an office held by a person', code: 'RULE_MISMATCH', content: edit('    heldBy: person\n    rules: []', RULES.rotation.replace('heldBy: party', 'heldBy: person').replace('kind: rotation', 'kind: ⟦rotation')) },
  { name: 'two versions of a rule in force at once', code: 'RULE_OVERLAP', content: edit('    heldBy: person\n    rules: []', `${RULES.term}\n      - ⟦id: t2\n        role: stated\n        kind: term\n        from: '2001-01-01'\n        length: P4Y\n        start: appointment\n        sources: [s1]`) },
  { name: 'a change to a rule version the office does not have', code: 'UNKNOWN_RULE', content: `${VALID}  - id: change-1\n    type: change-rule\n    office: chair\n    rule: ⟦nope\n    date: '2003-05-01'\n    sources: [s1]\n` },
  { name: 'an appointment that names nobody', code: 'MISSING_HOLDER', content: edit('  - id: appoint-1\n    type: appoint\n    office: secretary-general\n    person: jane-doe\n', '  - ⟦id: appoint-1\n    type: appoint\n    office: secretary-general\n') },
  { name: 'two summits numbered 1', code: 'SUMMIT_ORDINAL_DUPLICATE', content: edit('    ordinal: 2', '    ordinal: ⟦1') },
  { name: 'summits numbered out of date order', code: 'SUMMIT_ORDINAL_ORDER', content: edit('    ordinal: 1', '    ordinal: 3').replace('    ordinal: 2', '    ordinal: ⟦2') },
  { name: 'an extension of a term nobody held', code: 'ORPHAN_DECISION', content: `${VALID}  - ⟦id: extend-1\n    type: extend\n    office: secretary-general\n    person: john-roe\n    for: P1Y\n    date: '2003-01-01'\n    sources: [s1]\n` },
  // Files that are not records at all
  { name: 'a binary file', code: 'NOT_TEXT', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  // The first byte that is not UTF-8 is reported where it is: line 2, column 7.
  { name: 'a file that is not UTF-8', code: 'NOT_TEXT', content: Buffer.concat([Buffer.from('formatVersion: 1\nasOf: '), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('\n')]), at: [2, 7] },
  // Hostile files: nesting that would exhaust the parser's stack is refused where it gets too deep.
  { name: 'flow lists nested 10 000 deep', code: 'YAML_TOO_DEEP', content: `formatVersion: 1\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, at: [2, 67] },
  { name: 'block lists nested 5 000 deep', code: 'YAML_TOO_DEEP', content: `formatVersion: 1\nx:\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`, at: [67, 65] },
  { name: 'a huge file', code: 'FILE_TOO_LARGE', content: `# ${'x'.repeat(100)}\n`.repeat(210_000) },
];

/** The content without its marker, and the 1-based line and column where the marker was. */
function located(content: string | Buffer): { bytes: string | Buffer; line: number; column: number } {
  if (typeof content !== 'string' || !content.includes('⟦')) return { bytes: content, line: 1, column: 1 };
  const at = content.indexOf('⟦');
  const before = content.slice(0, at).split('\n');
  return { bytes: content.replace('⟦', ''), line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('turnus check on malformed records', () => {
  const dir = tempFolder();

  it('has a corpus of at least 30 malformed files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.code)).size).toBeGreaterThanOrEqual(28);
  });

  it('accepts the valid record the corpus is made from', () => {
    const file = join(dir, 'valid.yaml');
    writeFileSync(file, VALID);
    const { code, stdout } = turnus(['--today', '2026-01-01', 'check', file, '--level', 'info']);
    expect(stdout).toBe(`${file}: 0 errors, 0 warnings, 0 infos\n`);
    expect(code).toBe(0);
  });

  CASES.forEach((c, index) => {
    it(`reports ${c.name} as ${c.code} at its line and column`, () => {
      const found = located(c.content);
      const { bytes } = found;
      const [line, column] = c.at ?? [found.line, found.column];
      const file = join(dir, `case-${String(index + 1).padStart(2, '0')}.yaml`);
      writeFileSync(file, bytes);
      const { code, stdout, stderr } = turnus(['--today', '2026-01-01', 'check', file]);
      expect(code).toBe(1);
      expect(stdout).toContain(`${file}:${line}:${column}: error ${c.code} `);
      expect(stdout).toMatch(new RegExp(`: error ${c.code} .+\\n  hint: .+`));
      expect(stderr).toMatch(/^turnus: E_CHECK_FAILED the record does not pass: \d+ errors?\n  hint: /);
      expect(stdout + stderr).not.toMatch(STACK);
      // Loading it for a query fails the same way, in one line, with the same position.
      const query = turnus(['--data', file, 'who', 'chair']);
      expect(query.code).toBe(1);
      expect(query.stderr.split('\n')[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: turnus: E_DATA_INVALID [A-Z_]+ `));
      expect(query.stderr).not.toMatch(STACK);
    });
  });
});

describe('turnus check on a decision dated in the future', () => {
  const dir = tempFolder();
  it('warns (DECISION_IN_FUTURE) at the date, and the record still passes', () => {
    const file = join(dir, 'future.yaml');
    const content = `${VALID}  - id: admit-later\n    type: admit\n    party: TR\n    date: ⟦'9999-12-31'\n    sources: [s1]\n`;
    const { bytes, line, column } = located(content);
    writeFileSync(file, bytes);
    const { code, stdout } = turnus(['--today', '2026-01-01', 'check', file]);
    expect(stdout).toContain(`${file}:${line}:${column}: warning DECISION_IN_FUTURE decision "admit-later" is dated 9999-12-31, after the day of the check, 2026-01-01`);
    expect(code).toBe(0);
  });
});
