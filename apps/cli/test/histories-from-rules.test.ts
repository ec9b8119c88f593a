/**
 * Records written from other organizations' rules alone (issue 18, item 5), run through
 * `turnus --data`: a rotation passed at dated events with no holder recorded, an extension
 * decided before the turn it names, and a handover known only to the month.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder, turnus } from './helpers';

const EVENTS_NO_HOLDER = `formatVersion: 1
organization: { id: x, names: { en: { name: Example Union } }, founded: { date: '2000-03-01', place: P, sources: [s] } }
asOf: '2000-03-01'
sources: [{ id: s, title: S, url: 'https://example.org/s', publisher: P }]
parties:
  - { id: AA, kind: state, names: { en: { name: Alpha } } }
  - { id: BB, kind: state, names: { en: { name: Bravo } } }
  - { id: CC, kind: state, names: { en: { name: Charlie } } }
people: []
offices:
  - id: chair
    names: { en: Chair }
    heldBy: party
    rules:
      - { id: v1, role: stated, kind: rotation, from: '2000-03-01', trigger: { kind: summit, series: m, cadence: P1Y, holder: order }, order: { kind: cycle, parties: [AA, BB, CC] }, sources: [s] }
summits:
  - { id: m-2000, series: m, kind: ordinary, status: held, date: '2000-03-01', sources: [s] }
  - { id: m-2001, series: m, kind: ordinary, status: held, date: '2001-03-01', sources: [s] }
  - { id: m-2002, series: m, kind: ordinary, status: held, date: '2002-03-01', sources: [s] }
decisions:
  - { id: a1, type: admit, party: AA, date: '2000-03-01', sources: [s] }
  - { id: a2, type: admit, party: BB, date: '2000-03-01', sources: [s] }
  - { id: a3, type: admit, party: CC, date: '2000-03-01', sources: [s] }
`;
const EXTENSION_BEFORE_TURN = `formatVersion: 1
organization: { id: x, names: { en: { name: Example Union } }, founded: { date: '2000-01-01', place: P, sources: [s] } }
asOf: '2000-01-01'
sources: [{ id: s, title: S, url: 'https://example.org/s', publisher: P }]
parties:
  - { id: AA, kind: state, names: { en: { name: Alpha } } }
  - { id: BB, kind: state, names: { en: { name: Bravo } } }
  - { id: CC, kind: state, names: { en: { name: Charlie } } }
people: []
offices:
  - id: chair
    names: { en: Chair }
    heldBy: party
    rules:
      - { id: v1, role: stated, kind: rotation, from: '2000-01-01', trigger: { kind: calendar, every: P1Y, anchor: '2000-01-01' }, order: { kind: cycle, parties: [AA, BB, CC] }, sources: [s] }
summits: []
decisions:
  - { id: a1, type: admit, party: AA, date: '2000-01-01', sources: [s] }
  - { id: a2, type: admit, party: BB, date: '2000-01-01', sources: [s] }
  - { id: a3, type: admit, party: CC, date: '2000-01-01', sources: [s] }
  - { id: h, type: handover, office: chair, to: AA, date: '2000-01-01', sources: [s] }
  - { id: ex, type: extend, office: chair, party: BB, date: '2000-12-15', until: '2003-01-01', sources: [s] }
`;
const HANDOVER_IN_MAY = `formatVersion: 1
organization: { id: x, names: { en: { name: Example Union } }, founded: { date: '2025-01-01', place: P, sources: [s] } }
asOf: '2026-01-01'
sources: [{ id: s, title: S, url: 'https://example.org/s', publisher: P }]
parties:
  - { id: AA, kind: state, names: { en: { name: Alpha } } }
  - { id: BB, kind: state, names: { en: { name: Bravo } } }
  - { id: CC, kind: state, names: { en: { name: Charlie } } }
people: []
offices:
  - id: chair
    names: { en: Chair }
    heldBy: party
    rules:
      - { id: v1, role: stated, kind: rotation, from: '2025-05', trigger: { kind: calendar, every: P1Y, anchor: '2025-05' }, order: { kind: cycle, parties: [AA, BB, CC] }, sources: [s] }
summits: []
decisions:
  - { id: a1, type: admit, party: AA, date: '2025-01-01', sources: [s] }
  - { id: a2, type: admit, party: BB, date: '2025-01-01', sources: [s] }
  - { id: a3, type: admit, party: CC, date: '2025-01-01', sources: [s] }
  - { id: h, type: handover, office: chair, to: AA, date: '2025-05-20', sources: [s] }
`;

const dir = tempFolder();
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const events = file('events.yaml', EVENTS_NO_HOLDER);
const extension = file('extension.yaml', EXTENSION_BEFORE_TURN);
const may = file('may.yaml', HANDOVER_IN_MAY);
type Period = { start: string; end: string | null; startPrecision?: string; endPrecision?: string; basis: string; holder: { party: string } };
const json = (args: string[]): Period[] => {
  const run = turnus(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Period[];
};

describe('a rotation passed at dated events, no holder recorded yet', () => {
  it('projects Alpha from the first event, then Bravo, Charlie and Alpha (estimated), in text and JSON', () => {
    const text = turnus(['--data', events, 'next', 'chair', '--count', '4', '--today', '2000-03-01']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2000-03-01 +→ +2001-03-01 +Alpha/);
    expect(text.stdout).toMatch(/2001-03-01 +→ +2002-03-01 +Bravo/);
    expect(text.stdout).toMatch(/2002-03-01 +→ +2003 +Charlie/);
    expect(text.stdout).toMatch(/2003 \(day unknown\) +→ +2004 +Alpha/);
    const periods = json(['--data', events, 'next', 'chair', '--count', '4', '--today', '2000-03-01', '--json']);
    expect(periods.map((p) => [p.holder.party, p.start])).toEqual([
      ['AA', '2000-03-01'],
      ['BB', '2001-03-01'],
      ['CC', '2002-03-01'],
      ['AA', '2003'],
    ]);
  });
});

describe('an extension decided a fortnight before the turn it names', () => {
  it("lengthens Bravo's turn to 2003, then Charlie follows; check passes", () => {
    const text = turnus(['--data', extension, 'next', 'chair', '--count', '2', '--today', '2000-03-01']);
    expect(text.stdout).toMatch(/2001-01-01 +→ +2003-01-01 +Bravo/);
    expect(text.stdout).toMatch(/2003-01-01 +→ +2004-01-01 +Charlie/);
    const periods = json(['--data', extension, 'next', 'chair', '--count', '2', '--today', '2000-03-01', '--json']);
    expect(periods.map((p) => [p.holder.party, p.start, p.end])).toEqual([
      ['BB', '2001-01-01', '2003-01-01'],
      ['CC', '2003-01-01', '2004-01-01'],
    ]);
    const check = turnus(['--data', extension, 'check', '--today', '2000-03-01']);
    expect(check.stdout).not.toContain('ORPHAN_DECISION');
    expect(check.stdout).toMatch(/0 errors/);
  });
});

describe('a handover known to the month', () => {
  it('projects each handover as its month, in text and JSON', () => {
    const text = turnus(['--data', may, 'next', 'chair', '--count', '2', '--today', '2026-01-01']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2026-05 \(day unknown\) +→ +2027-05 +Bravo/);
    expect(text.stdout).toMatch(/2027-05 \(day unknown\) +→ +2028-05 +Charlie/);
    const periods = json(['--data', may, 'next', 'chair', '--count', '2', '--today', '2026-01-01', '--json']);
    expect(periods.map((p) => [p.holder.party, p.start, p.startPrecision, p.end, p.endPrecision, p.basis])).toEqual([
      ['BB', '2026-05', 'month', '2027-05', 'month', 'rule'],
      ['CC', '2027-05', 'month', '2028-05', 'month', 'rule'],
    ]);
  });
  it('is uncertain between Alpha and Bravo in May 2026, and Bravo after it', () => {
    const during = turnus(['--data', may, 'who', 'chair', '--on', '2026-05-15', '--json']);
    const answer = JSON.parse(during.stdout) as { status: string; candidates: Period[] };
    expect(answer.status).toBe('uncertain');
    expect(answer.candidates.map((c) => c.holder.party)).toEqual(['AA', 'BB']);
    expect(answer.candidates[0]).toMatchObject({ start: '2025-05-20', end: '2026-05', endPrecision: 'month' });
    const text = turnus(['--data', may, 'who', 'chair', '--on', '2026-05-15']);
    expect(text.stdout).toMatch(/uncertain/);
    expect(text.stdout).toMatch(/Alpha, 2025-05-20 → 2026-05/);
    const after = turnus(['--data', may, 'who', 'chair', '--on', '2026-06-15', '--json']);
    expect(JSON.parse(after.stdout)).toMatchObject({ status: 'held', holder: { party: 'BB' }, start: '2026-05', startPrecision: 'month', basis: 'rule' });
    expect(turnus(['--data', may, 'history', 'chair']).stdout).toMatch(/2025-05-20 +→ +2026-05 .*Alpha/);
  });
});
