import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emitMapping, emitPair } from '../../src/record/emit';

describe('emitMapping', () => {
  it('writes a decision as a hand-kept record does: quoted dates, flow lists of ids', () => {
    const lines = emitMapping({ id: 'handover-chair-2026-tr', type: 'handover', office: 'chair', from: 'AZ', to: 'TR', date: '2026-11-20', summit: undefined, sources: ['a', 'b'] }, '  - ');
    expect(lines).toEqual(['  - id: handover-chair-2026-tr', '    type: handover', '    office: chair', '    from: AZ', '    to: TR', "    date: '2026-11-20'", '    sources: [a, b]']);
  });

  it('quotes what YAML would read as something else', () => {
    const value = { id: 'x', title: 'yes', note: 'a: b # not a comment', count: '2026', date: '2026', flag: true, url: 'https://e.org/?a=1&b=[2]' };
    const text = emitMapping(value, '- ').join('\n');
    expect(parse(text)).toEqual([{ ...value }]);
    expect(text).toContain("date: '2026'");
  });

  it('folds a long note and reads back the same text', () => {
    const note = 'The decision was announced at the summit and confirmed by the Council of Foreign Ministers the next morning, which the press reported widely.';
    const lines = emitPair('note', note, 4);
    expect(lines[0]).toBe('    note: >-');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(parse(lines.join('\n'))).toEqual({ note });
  });

  it('keeps texts with line breaks on one line, escaped', () => {
    const lines = emitPair('note', 'first\nsecond', 0);
    expect(lines).toEqual(['note: "first\\nsecond"']);
    expect(parse(lines[0]!)).toEqual({ note: 'first\nsecond' });
  });

  it('writes names as flow mappings, quoting what must be', () => {
    const lines = emitPair('names', { en: { name: 'Türkiye', official: 'Republic of Türkiye' }, fr: { name: 'Turquie, la' } }, 4);
    expect(lines).toEqual(['    names:', '      en: { name: Türkiye, official: Republic of Türkiye }', '      fr: { name: "Turquie, la" }']);
    expect(parse(lines.join('\n'))).toEqual({ names: { en: { name: 'Türkiye', official: 'Republic of Türkiye' }, fr: { name: 'Turquie, la' } } });
  });
});
