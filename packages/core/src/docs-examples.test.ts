/**
 * Every ```yaml block of docs/*.md is a record, or a fragment of one, that validates: the docs
 * cannot drift from the schema. A block is
 * - a complete record (it has `formatVersion`);
 * - `# fragment` on its first line: a partial record (some top-level keys) merged into a small
 *   header record (lists are appended; `offices` replaces the header's offices; maps are merged);
 * - `# fragment: KEY` on its first line: the value of one top-level key (`decisions`, `summits`…),
 *   merged the same way;
 * - `# fragment: rule`: one rule version; `id`, `role`, `from` and `sources` are filled in when
 *   absent, and the rule becomes the only rule of an office of the right kind.
 * A block is valid when parsing gives no error (warnings are allowed: an example may show one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlRecord } from './yaml/index';

const docs = new URL('../../../docs/', import.meta.url);

/** The header a fragment is wrapped into: four founding members, a chair and a Secretary-General. */
const HEADER = {
  formatVersion: 1,
  organization: { id: 'x', names: { en: { name: 'X' } }, founded: { date: '2000-01-01', place: 'P', sources: ['s'] } },
  asOf: '2030-01-01',
  sources: [{ id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' }],
  parties: ['AA', 'BB', 'CC', 'DD'].map((id) => ({ id, kind: 'state', names: { en: { name: id } } })),
  people: [
    { id: 'p1', names: { en: 'P One' }, nationality: 'AA' },
    { id: 'p2', names: { en: 'P Two' }, nationality: 'BB' },
  ],
  offices: [
    {
      id: 'chair',
      names: { en: 'Chair' },
      heldBy: 'party',
      rules: [{ id: 'v1', role: 'stated', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'calendar', every: 'P1Y', anchor: '2000-01-01' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC', 'DD'] }, sources: ['s'] }],
    },
    {
      id: 'secretary-general',
      names: { en: 'Secretary-General' },
      heldBy: 'person',
      rules: [{ id: 'sg', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'] }],
    },
  ],
  summits: [],
  decisions: ['AA', 'BB', 'CC', 'DD'].map((party) => ({ id: `admit-${party.toLowerCase()}`, type: 'admit', party, founding: true, date: '2000-01-01', sources: ['s'] })),
} as const;

type Json = Record<string, unknown>;

function merge(part: Json): Json {
  const out: Json = structuredClone(HEADER) as unknown as Json;
  for (const [key, value] of Object.entries(part)) {
    const base = out[key];
    if (key === 'offices' || !Array.isArray(base)) {
      out[key] = Array.isArray(value) || base === undefined || typeof base !== 'object' ? value : { ...(base as Json), ...(value as Json) };
    } else {
      out[key] = [...base, ...(value as unknown[])];
    }
  }
  return out;
}

/** The record text to validate for one block of YAML. */
export function wrapExample(block: string): string {
  const marker = /^#\s*fragment(?::\s*([a-z]+))?\s*$/m.exec(block.split('\n').find((l) => l.trim() !== '') ?? '');
  if (!marker) return block;
  const value: unknown = parse(block);
  const key = marker[1];
  if (key === undefined) return stringify(merge(value as Json));
  if (key === 'rule') {
    const rule: Json = { id: 'example', role: 'stated', from: '2000-01-01', sources: ['s'], ...(value as Json) };
    const heldBy = rule['kind'] === 'term' ? 'person' : 'party';
    return stringify(merge({ offices: [{ id: 'example', names: { en: 'Example' }, heldBy, rules: [rule] }] }));
  }
  return stringify(merge({ [key]: value }));
}

/** The errors of one block (empty when it is valid). */
export function exampleErrors(block: string): string[] {
  const { diagnostics } = parseYamlRecord(wrapExample(block));
  return diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} at ${d.path.join('.')}: ${d.message}`);
}

function blocksOf(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
    out.push({ line: start, text: lines.slice(start, end).join('\n') });
    i = end;
  }
  return out;
}

const files = readdirSync(docs).filter((f) => f.endsWith('.md')).sort();
const examples = files.flatMap((file) => blocksOf(readFileSync(new URL(file, docs), 'utf8')).map((b) => ({ file, ...b })));

describe('the YAML examples of docs/', () => {
  it('finds the examples (docs/rules.md has fragments, docs/records.md a complete record)', () => {
    expect(examples.filter((e) => e.file === 'rules.md').length).toBeGreaterThan(5);
    expect(examples.some((e) => e.file === 'records.md' && e.text.includes('formatVersion'))).toBe(true);
  });

  for (const { file, line, text } of examples) {
    it(`docs/${file}:${line} validates`, () => {
      expect(exampleErrors(text)).toEqual([]);
    });
  }

  it('rejects an invalid example: `extend` with `by` (`by` is who decided; the length is `for`)', () => {
    const bad = [
      '# fragment: decisions',
      "- { id: ap, type: handover, office: chair, to: AA, date: '2000-03-01', sources: [s] }",
      "- { id: ex, type: extend, office: chair, party: AA, date: '2000-06-01', by: P1Y, sources: [s] }",
    ].join('\n');
    expect(exampleErrors(bad)).toEqual(['MISSING_FIELD at decisions.5.by: extension "ex" gives neither "for" nor "until", and its "by" (the body that decided) reads as a duration, P1Y']);
    expect(exampleErrors(bad.replace('by: P1Y', 'for: P1Y'))).toEqual([]);
  });

  it('rejects `extend … by: <duration>` on a person-held office too: an error, not the warning for a length no source gives', () => {
    const bad = [
      '# fragment: decisions',
      "- { id: ap, type: appoint, office: secretary-general, person: p1, date: '2000-03-01', sources: [s] }",
      "- { id: ex, type: extend, office: secretary-general, person: p1, date: '2002-06-01', by: P1Y, sources: [s] }",
    ].join('\n');
    expect(exampleErrors(bad)).toEqual(['MISSING_FIELD at decisions.5.by: extension "ex" gives neither "for" nor "until", and its "by" (the body that decided) reads as a duration, P1Y']);
    // A body named in `by`, with no length: the holder stays and the end is unknown (a warning).
    expect(exampleErrors(bad.replace('by: P1Y', "by: 'Council of Heads of State'"))).toEqual([]);
  });

  it('rejects a fragment that is not what its marker says, and an unmarked fragment', () => {
    expect(exampleErrors('# fragment: rule\nkind: rotation\norder: { kind: alphabetical, language: en }')).not.toEqual([]);
    expect(exampleErrors("decisions:\n  - { id: h, type: handover, office: chair, to: AA, date: '2000-01-01', sources: [s] }")).not.toEqual([]);
  });
});
