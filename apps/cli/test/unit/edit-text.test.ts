import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applySplices, RecordText } from '../../src/record/edit-text';

const TEXT = `# a record
sources:
  - id: a
    title: A   # why A
    url: https://a.org/

decisions:
  # ===== handovers =====
  - id: h1
    type: other
    title: first
    note: >-
      folded text that
      spans two lines

  # ===== others =====
  - id: o1
    type: other
    title: second
`;

describe('RecordText', () => {
  it('adds an item after another, leaving the next item and its comments where they were', () => {
    const text = new RecordText(TEXT);
    const out = applySplices(TEXT, [text.insertItem('decisions', { id: 'h2', type: 'other', title: 'new' }, 0)]);
    expect(out).toBe(TEXT.replace('      spans two lines\n', '      spans two lines\n  - id: h2\n    type: other\n    title: new\n'));
  });

  it('adds an item at the end of a list, and before the first one', () => {
    const text = new RecordText(TEXT);
    const out = applySplices(TEXT, [text.insertItem('sources', { id: 'b', title: 'B', url: 'https://b.org/' }), text.insertItemBefore('decisions', { id: 'h0', type: 'other', title: 'zero' }, 0)]);
    expect(out).toContain('    url: https://a.org/\n  - id: b\n    title: B\n    url: https://b.org/\n\ndecisions:');
    expect(out).toContain('  # ===== handovers =====\n  - id: h0\n    type: other\n    title: zero\n  - id: h1\n');
    expect(parse(out).decisions.map((d: { id: string }) => d.id)).toEqual(['h0', 'h1', 'o1']);
  });

  it('keeps insertions at one place in the order they were given', () => {
    const text = new RecordText(TEXT);
    const out = applySplices(TEXT, [text.insertItem('sources', { id: 'b', title: 'B', url: 'https://b.org/' }), text.insertItem('sources', { id: 'c', title: 'C', url: 'https://c.org/' })]);
    expect(parse(out).sources.map((s: { id: string }) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('turns an empty flow list into a block list', () => {
    const source = 'parties: []\npeople: []\n';
    const out = applySplices(source, [new RecordText(source).insertItem('parties', { id: 'IR', kind: 'state' })]);
    expect(out).toBe('parties:\n  - id: IR\n    kind: state\npeople: []\n');
  });

  it('sets fields of an item in place: rewrites one, adds one in order, extends lists', () => {
    const source = 'summits:\n  - id: s1\n    kind: ordinary\n    status: planned  # to confirm\n    date: \'2026\'\n    notes:\n      - Unconfirmed.\n    sources: [a]\n';
    const text = new RecordText(source);
    const { map } = text.itemById('summits', 's1')!;
    const out = applySplices(source, text.setFields(map, { status: 'held', city: 'Istanbul', date: '2026-11-20', notes: ['Held.'], sources: ['a', 'b'] }, ['id', 'kind', 'status', 'city', 'date', 'notes', 'sources']));
    expect(out).toBe("summits:\n  - id: s1\n    kind: ordinary\n    status: held\n    city: Istanbul\n    date: '2026-11-20'\n    notes:\n      - Unconfirmed.\n      - Held.\n    sources: [a, b]\n");
  });
});
