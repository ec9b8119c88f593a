/**
 * Engine defects found by writing other organizations' histories from their rules alone (issue
 * 18, item 5). Each minimal record is a whole file, as a user would write it; the CLI's test
 * (apps/cli/test/histories-from-rules.test.ts) runs the same records through `turnus --data`.
 */
import { describe, expect, it } from 'vitest';
import type { Tenure } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import { validate } from '../validate/validate';
import { parseYamlRecord } from '../yaml/parse-yaml-record';
import { history } from './history';
import { holderOn } from './holder-on';
import { project } from './project';
import { termEndOn } from './term-end';

const header = (founded: string) => `formatVersion: 1
organization: { id: x, names: { en: { name: Example Union } }, founded: { date: '${founded}', place: P, sources: [s] } }
asOf: '${founded}'
sources: [{ id: s, title: S, url: 'https://example.org/s', publisher: P }]
parties:
  - { id: AA, kind: state, names: { en: { name: Alpha } } }
  - { id: BB, kind: state, names: { en: { name: Bravo } } }
  - { id: CC, kind: state, names: { en: { name: Charlie } } }
people: []
`;
const admissions = (date: string) => `  - { id: a1, type: admit, party: AA, date: '${date}', sources: [s] }
  - { id: a2, type: admit, party: BB, date: '${date}', sources: [s] }
  - { id: a3, type: admit, party: CC, date: '${date}', sources: [s] }
`;

/** Minimal record 1: a rotation passed at dated events, with no holder recorded yet. */
export const EVENTS_NO_HOLDER = `${header('2000-03-01')}offices:
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
${admissions('2000-03-01')}`;

/** Minimal record 2: an extension of Bravo's turn decided a fortnight before it begins. */
export const EXTENSION_BEFORE_TURN = `${header('2000-01-01')}offices:
  - id: chair
    names: { en: Chair }
    heldBy: party
    rules:
      - { id: v1, role: stated, kind: rotation, from: '2000-01-01', trigger: { kind: calendar, every: P1Y, anchor: '2000-01-01' }, order: { kind: cycle, parties: [AA, BB, CC] }, sources: [s] }
summits: []
decisions:
${admissions('2000-01-01')}  - { id: h, type: handover, office: chair, to: AA, date: '2000-01-01', sources: [s] }
  - { id: ex, type: extend, office: chair, party: BB, date: '2000-12-15', until: '2003-01-01', sources: [s] }
`;

function parse(text: string): OrganizationRecord {
  const { record, diagnostics } = parseYamlRecord(text, { check: false });
  if (!record) throw new Error(`does not parse: ${JSON.stringify(diagnostics)}`);
  return record;
}
const row = (t: Tenure) => [t.holder.party, t.start, t.end, t.startPrecision, t.basis, t.estimated ?? false];
const errors = (r: OrganizationRecord) => validate(r, { today: '2000-03-01' }).filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);

describe('a rotation passed at dated events, with no holder recorded yet (minimal record 1)', () => {
  const r = parse(EVENTS_NO_HOLDER);
  it('starts at the event on the rule\'s first day, then follows the events and the cadence', () => {
    expect(project(r, 'chair', { today: '2000-03-01', count: 4 }).map(row)).toEqual([
      ['AA', '2000-03-01', '2001-03-01', 'day', 'projected', false],
      ['BB', '2001-03-01', '2002-03-01', 'day', 'projected', false],
      ['CC', '2002-03-01', '2003-01-01', 'day', 'projected', false],
      ['AA', '2003-01-01', '2004-01-01', 'year', 'projected', true],
    ]);
  });
  it('answers holderOn with the same periods, uncertain because no handover is recorded', () => {
    const h = holderOn(r, 'chair', '2001-06-01');
    expect(h.status).toBe('uncertain');
    expect(h.status === 'uncertain' && h.candidates.map((c) => c.holder.party)).toEqual(['AA', 'BB']);
    expect(h.status === 'uncertain' && h.reason).toMatchObject({ code: 'event-not-recorded', summit: 'm-2001' });
    expect(history(r, 'chair', { to: '2002-06-01', continued: true }).map((t) => t.holder.party)).toEqual(['AA', 'BB', 'CC']);
    expect(holderOn(r, 'chair', '2000-02-29').status).toBe('vacant');
  });
  it('passes check', () => {
    expect(errors(r)).toEqual([]);
  });
});

describe('an extension named for a party and decided just before its turn (minimal record 2)', () => {
  const r = parse(EXTENSION_BEFORE_TURN);
  it("applies to that party's next turn: Bravo holds 2001-01-01 to 2003-01-01, then Charlie", () => {
    expect(history(r, 'chair', { to: '2005-01-01', continued: true }).map((t) => [t.holder.party, t.start, t.end, t.basis])).toEqual([
      ['AA', '2000-01-01', '2001-01-01', 'recorded'],
      ['BB', '2001-01-01', '2003-01-01', 'rule'],
      ['CC', '2003-01-01', '2004-01-01', 'rule'],
      ['AA', '2004-01-01', '2005-01-01', 'rule'],
    ]);
    const bravo = holderOn(r, 'chair', '2002-06-01');
    expect(bravo).toMatchObject({ status: 'held', tenure: { holder: { party: 'BB' }, decisions: ['ex'] } });
    expect(project(r, 'chair', { today: '2000-03-01', count: 2 }).map((t) => [t.holder.party, t.start, t.end])).toEqual([
      ['BB', '2001-01-01', '2003-01-01'],
      ['CC', '2003-01-01', '2004-01-01'],
    ]);
  });
  it('is not an orphan decision', () => {
    expect(errors(r)).toEqual([]);
  });
  it("applies to the party's recorded turn when that turn is in the record", () => {
    const recorded = parse(`${EXTENSION_BEFORE_TURN}  - { id: h2, type: handover, office: chair, from: AA, to: BB, date: '2001-01-01', sources: [s] }\n`);
    expect(history(recorded, 'chair', { to: '2004-01-01', continued: true }).map((t) => [t.holder.party, t.start, t.end])).toEqual([
      ['AA', '2000-01-01', '2001-01-01'],
      ['BB', '2001-01-01', '2003-01-01'],
      ['CC', '2003-01-01', '2004-01-01'],
    ]);
    expect(errors(recorded)).toEqual([]);
  });
  it('still reports an extension naming a party that holds neither the period under way nor a later one', () => {
    const orphan = parse(EXTENSION_BEFORE_TURN.replace('parties: [AA, BB, CC] }', 'parties: [AA, CC] }'));
    expect(errors(orphan)).toEqual([expect.stringMatching(/^ORPHAN_DECISION: extension "ex" on 2000-12-15 names BB/)]);
  });
});

describe('termEndOn reads the timeline', () => {
  it('gives no term end for a rotation', () => {
    expect(termEndOn(parse(EXTENSION_BEFORE_TURN), 'chair', '2002-01-01')).toBeUndefined();
  });
});


describe('a new calendar rule version that starts between two of its grid days', () => {
  const v1 = "{ id: v1, role: stated, kind: rotation, from: '2000-01-01', to: '2003-07-01', trigger: { kind: calendar, every: P1Y, anchor: '2000-01-01' }, order: { kind: cycle, parties: [AA, BB, CC] }, sources: [s] }";
  const withV2 = (v2: string) => parse(EXTENSION_BEFORE_TURN.replace(/      - \{ id: v1.*\n/, `      - ${v1}\n      - ${v2}\n`).replace(/  - \{ id: ex.*\n/, ''));
  it('leaves the stub to the holder under way: nobody hands over until the new grid\'s first day', () => {
    // v2 from 1 July 2003, with handovers on 1 January: AA's 2003 turn runs to 1 January 2004.
    const r = withV2("{ id: v2, role: stated, kind: rotation, from: '2003-07-01', trigger: { kind: calendar, every: P1Y, anchor: '2004-01-01' }, order: { kind: cycle, parties: [AA, BB, CC] }, sources: [s] }");
    expect(history(r, 'chair', { to: '2006-01-01', continued: true }).map((t) => [t.holder.party, t.start, t.end, t.rule ?? null])).toEqual([
      ['AA', '2000-01-01', '2001-01-01', null],
      ['BB', '2001-01-01', '2002-01-01', 'v1'],
      ['CC', '2002-01-01', '2003-01-01', 'v1'],
      ['AA', '2003-01-01', '2004-01-01', 'v1'],
      ['BB', '2004-01-01', '2005-01-01', 'v2'],
      ['CC', '2005-01-01', '2006-01-01', 'v2'],
    ]);
    expect(holderOn(r, 'chair', '2003-09-01')).toMatchObject({ status: 'held', tenure: { holder: { party: 'AA' }, basis: 'rule' } });
  });
  it('hands over on the new version\'s own grid day inside the stub, and on its first day when that is a grid day', () => {
    // v2 from 1 July 2003, every six months from 1 September: AA holds to 1 September 2003.
    const r = withV2("{ id: v2, role: stated, kind: rotation, from: '2003-07-01', trigger: { kind: calendar, every: P6M, anchor: '2003-03-01' }, order: { kind: cycle, parties: [AA, BB, CC] }, sources: [s] }");
    expect(history(r, 'chair', { to: '2004-06-01', continued: true }).slice(3).map((t) => [t.holder.party, t.start, t.end])).toEqual([
      ['AA', '2003-01-01', '2003-09-01'],
      ['BB', '2003-09-01', '2004-03-01'],
      ['CC', '2004-03-01', '2004-09-01'],
    ]);
    const onGrid = withV2("{ id: v2, role: stated, kind: rotation, from: '2003-07-01', trigger: { kind: calendar, every: P6M, anchor: '2003-07-01' }, order: { kind: cycle, parties: [AA, BB, CC] }, sources: [s] }");
    expect(history(onGrid, 'chair', { to: '2004-01-01', continued: true }).slice(3).map((t) => [t.holder.party, t.start, t.end])).toEqual([
      ['AA', '2003-01-01', '2003-07-01'],
      ['BB', '2003-07-01', '2004-01-01'],
    ]);
  });
});
