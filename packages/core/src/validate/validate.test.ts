import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import type { OrganizationRecord } from '../schema/record';
import type { Rule } from '../schema/rule';
import { DIAGNOSTIC_CODES } from './codes';
import { validate } from './validate';

const parties = [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie')];
const sgRule: Rule = { id: 'sg', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', nationality: { order: { kind: 'alphabetical', language: 'en' }, noConsecutiveSame: true }, sources: ['s'] };
const people = [
  { id: 'ann', names: { en: 'Ann' }, nationality: 'AA' },
  { id: 'bob', names: { en: 'Bob' }, nationality: 'BB' },
  { id: 'cid', names: { en: 'Cid' }, nationality: 'BB' },
];

function base(decisions: Parameters<typeof record>[0]['decisions'] = [], extra: Partial<Parameters<typeof record>[0]> = {}): OrganizationRecord {
  return record({
    parties,
    people,
    offices: [chairOffice(calendarRule('P1Y', '2010-01-01')), termOffice(sgRule)],
    decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), ...(decisions ?? [])],
    asOf: '2012-01-01',
    ...extra,
  });
}

function codes(input: unknown, today?: string): string[] {
  return validate(input, today ? { today } : {}).map((d) => `${d.severity} ${d.code}`);
}

describe('validate: shape', () => {
  it('finds nothing wrong with a clean record', () => {
    expect(validate(base([{ type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01' }]))).toEqual([]);
  });
  it('rejects a date that does not exist, with its path', () => {
    const rec = base([{ type: 'handover', office: 'chair', to: 'AA', date: '2023-02-30' }]);
    const [d] = validate(rec);
    expect(d).toMatchObject({ severity: 'error', code: 'INVALID_DATE', path: ['decisions', 3, 'date'] });
    expect(d!.message).toContain('"2023-02-30"');
  });
  it('names missing fields, unknown fields, wrong types and unknown decision types', () => {
    const rec = JSON.parse(JSON.stringify(base())) as Record<string, unknown>;
    delete rec.asOf;
    (rec.organization as Record<string, unknown>).colour = 'blue';
    (rec.parties as Record<string, unknown>[])[0]!.names = 'Alpha';
    (rec.decisions as Record<string, unknown>[]).push({ id: 'x', type: 'coronate', date: '2001-01-01' });
    expect(codes(rec).sort()).toEqual(['error INVALID_VALUE', 'error MISSING_FIELD', 'error UNKNOWN_FIELD', 'error WRONG_TYPE']);
  });
  it('rejects an empty input and a list', () => {
    expect(codes(null)).toEqual(['error EMPTY_RECORD']);
    expect(codes([1, 2])).toEqual(['error WRONG_TYPE']);
  });
  it('says what it got for every input that is no record, never "undefined undefined"', () => {
    const said = (input: unknown) => validate(input).map((d) => `${d.code}: ${d.message}`);
    expect(said({})).toEqual(['EMPTY_RECORD: the record is an empty mapping; a record has the fields formatVersion, organization, asOf, sources, parties, people, offices, summits, decisions']);
    expect(said(42)).toEqual(['WRONG_TYPE: a record is a mapping of fields, got the number 42']);
    expect(said(true)).toEqual(['WRONG_TYPE: a record is a mapping of fields, got the value true']);
    expect(said([])).toEqual(['WRONG_TYPE: a record is a mapping of fields, got a list']);
    const text = validate('formatVersion: 1\norganization: {}');
    expect(text).toMatchObject([{ code: 'WRONG_TYPE', message: 'a record is a mapping of fields, got the text "formatVersion: 1\\norganization: {}"', hint: expect.stringContaining('parseYamlRecord(text)') }]);
    // A field left out is missing, whatever its schema (a literal, an enum, a format, a check of its own).
    expect(said({ organization: 'x' }).slice(0, 2)).toEqual(['MISSING_FIELD: missing required field "formatVersion" (expected 1)', 'WRONG_TYPE: expected a mapping, got the text "x"']);
    const noDate = JSON.parse(JSON.stringify(base())) as { decisions: Record<string, unknown>[]; sources: Record<string, unknown>[] };
    delete noDate.decisions[0]!.date;
    delete noDate.sources[0]!.url;
    for (const input of [{}, { organization: 'x' }, { formatVersion: 2 }, noDate, 42, 'x', true, [null]]) {
      for (const message of said(input)) expect(message).not.toMatch(/undefined/);
    }
    expect(said(noDate)).toContain('MISSING_FIELD: missing required field "date"');
  });
  it('rejects a bad duration', () => {
    const rec = base();
    const bad = { ...rec, offices: [chairOffice(calendarRule('3 years', '2010-01-01'))] };
    expect(codes(bad)).toContain('error INVALID_DURATION');
  });
});

describe('validate: meaning', () => {
  it('reports duplicate ids and unknown references', () => {
    const rec = base([
      { id: 'dup', type: 'handover', office: 'chair', to: 'ZZ', date: '2010-01-01' },
      { id: 'dup', type: 'appoint', office: 'nope', person: 'nobody', date: '2010-01-01' },
    ]);
    expect(codes(rec).sort()).toEqual(['error DUPLICATE_ID', 'error UNKNOWN_OFFICE', 'error UNKNOWN_PARTY', 'error UNKNOWN_PERSON']);
  });
  it('checks the references of attestations, and that each names a holder of the office\'s kind', () => {
    const ok = { ...base([{ type: 'appoint', office: 'secretary-general', person: 'ann', date: '2010-01-01' }]), attestations: [{ office: 'secretary-general', person: 'ann', date: '2011-06-01', sources: ['s'] }] };
    expect(codes(ok)).toEqual([]);
    const wrong = {
      ...ok,
      attestations: [
        { office: 'secretary-general', person: 'nobody', date: '2011-06-01', sources: ['nowhere'] },
        { office: 'nope', party: 'ZZ', date: '2011-06-01', sources: ['s'] },
        { office: 'chair', person: 'ann', date: '2011-06-01', sources: ['s'] },
      ],
    };
    expect(codes(wrong).sort()).toEqual(['error MISSING_HOLDER', 'error UNKNOWN_OFFICE', 'error UNKNOWN_PARTY', 'error UNKNOWN_PERSON', 'error UNKNOWN_SOURCE']);
    expect(validate(wrong).find((d) => d.code === 'MISSING_HOLDER')).toMatchObject({ message: 'attestation of "chair" on 2011-06-01 names no party', path: ['attestations', 2] });
  });
  it('requires a source for every fact', () => {
    const rec = base([{ type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01', sources: [] }]);
    expect(codes(rec)).toEqual(['error MISSING_SOURCE']);
    const unknown = base([{ type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01', sources: ['nowhere'] }]);
    expect(codes(unknown)).toEqual(['error UNKNOWN_SOURCE']);
  });
  it('reports two holders at once, and a handover from the wrong party', () => {
    expect(codes(base([
      { type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01' },
      { type: 'handover', office: 'chair', to: 'BB', date: '2010-01-01' },
    ]))).toContain('error PERIOD_OVERLAP');
    expect(codes(base([
      { type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01' },
      { type: 'handover', office: 'chair', from: 'CC', to: 'BB', date: '2011-01-01' },
    ]))).toEqual(['error HANDOVER_MISMATCH']);
  });
  it('reports a vacancy, unless a gap is declared', () => {
    const decisions = [
      { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2001-01-01' },
      { type: 'end-term', office: 'secretary-general', person: 'ann', date: '2002-01-01', cause: 'resigned' },
      { type: 'appoint', office: 'secretary-general', person: 'bob', date: '2002-06-01' },
    ] as const;
    expect(codes(base([...decisions]), '2004-01-01')).toEqual(['warning PERIOD_GAP']);
    expect(codes(base([...decisions], { gaps: [{ id: 'g', description: 'vacancy', office: 'secretary-general', from: '2002' }] }), '2004-01-01')).toEqual(['info PERIOD_GAP']);
  });
  it('refuses an observer or a non-member as chair', () => {
    const rec = base([
      { type: 'observer', party: 'CC', date: '2005-01-01' },
      { type: 'withdraw', party: 'BB', date: '2009-01-01' },
      { type: 'handover', office: 'chair', to: 'BB', date: '2010-01-01' },
      { type: 'handover', office: 'chair', to: 'CC', date: '2011-01-01' },
    ]);
    expect(codes(rec)).toEqual(expect.arrayContaining(['error HOLDER_NOT_MEMBER', 'error OBSERVER_AS_CHAIR']));
  });
  it('warns of a term held past its end without an extension, and accepts one with it', () => {
    const over = [
      { id: 'a', type: 'appoint', office: 'secretary-general', person: 'ann', date: '2001-01-01' },
      { type: 'appoint', office: 'secretary-general', person: 'bob', date: '2005-01-01' },
    ] as const;
    expect(codes(base([...over]), '2006-01-01')).toEqual(['warning TERM_EXCEEDED']);
    expect(codes(base([...over, { type: 'extend', office: 'secretary-general', person: 'ann', date: '2003-06-01', for: 'P1Y' }]), '2006-01-01')).toEqual([]);
  });
  it('warns of a stale record: a term ended by rule with no successor', () => {
    const rec = base([{ type: 'appoint', office: 'secretary-general', person: 'ann', date: '2001-01-01' }]);
    expect(codes(rec, '2004-01-01')).toEqual(['warning TERM_EXPIRED']);
    expect(codes(rec, '2003-12-31')).toEqual([]);
  });
  it('refuses consecutive holders of one nationality where the rule forbids it', () => {
    const rec = base([
      { type: 'appoint', office: 'secretary-general', person: 'bob', date: '2001-01-01' },
      { type: 'appoint', office: 'secretary-general', person: 'cid', date: '2004-01-01' },
    ]);
    expect(codes(rec, '2005-01-01')).toContain('error SAME_NATIONALITY');
  });
  it('warns of a reappointment beyond the renewals the rule allows', () => {
    const rec = record({
      parties,
      people,
      offices: [termOffice({ id: 'single', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', renewals: 0, sources: ['s'] })],
      decisions: [
        ...founders('2000-01-01', 'AA', 'BB', 'CC'),
        { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2001-01-01' },
        { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2004-01-01' },
      ],
    });
    expect(codes(rec, '2006-01-01')).toEqual(['warning RENEWALS_EXCEEDED']);
  });
  it('checks that a group of holders (a trio) matches the recorded periods', () => {
    const decisions = [
      { type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01' },
      { type: 'handover', office: 'chair', to: 'BB', date: '2011-01-01' },
      { type: 'handover', office: 'chair', to: 'CC', date: '2012-01-01' },
    ] as const;
    const withGroup = (parties: string[]) => {
      const rec = base([...decisions], { asOf: '2012-06-01' });
      return { ...rec, offices: [{ ...rec.offices[0]!, groups: [{ id: 'trio', name: 'Trio', kind: 'trio', parties, from: '2010-01-01', to: '2013-01-01', sources: ['s'] }] }, rec.offices[1]!] };
    };
    expect(codes(withGroup(['AA', 'BB', 'CC']))).toEqual([]);
    expect(codes(withGroup(['AA', 'CC', 'BB']))).toEqual(['warning GROUP_MISMATCH']);
  });
  it('checks summit numbering', () => {
    const summit = (id: string, ordinal: number, date: string) => ({ id, ordinal, date, kind: 'ordinary' as const, mode: 'in-person' as const, status: 'held' as const, sources: ['s'] });
    const rec = base([], { summits: [summit('a', 1, '2001-01-01'), summit('b', 3, '2002-01-01'), summit('c', 2, '2003-01-01'), summit('d', 2, '2004-01-01')] });
    expect(codes(rec).sort()).toEqual(['error SUMMIT_ORDINAL_DUPLICATE', 'error SUMMIT_ORDINAL_ORDER']);
  });
  it('reports a chair that is not the host where the rule gives the chair to the host', () => {
    const host: Rule = { id: 'host', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, eligible: 'members', sources: ['s'] };
    const rec = record({
      parties,
      offices: [chairOffice(host)],
      summits: [{ id: 'x', kind: 'ordinary', mode: 'in-person', status: 'held', host: 'BB', date: '2010-05-05', sources: ['s'] }],
      decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'CC', date: '2010-05-05', summit: 'x' }],
      asOf: '2011-01-01',
    });
    expect(codes(rec)).toEqual(['warning CHAIR_NOT_HOST']);
  });
  it('warns of a departure from the rule that no decision explains, and accepts a recorded skip', () => {
    const decisions = [
      { type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01' },
      { type: 'handover', office: 'chair', to: 'CC', date: '2011-01-01' },
    ] as const;
    expect(codes(base([...decisions]))).toEqual(['warning UNEXPLAINED_DEPARTURE']);
    expect(codes(base([...decisions, { type: 'skip', office: 'chair', party: 'BB', date: '2010-06-01' }]))).toEqual([]);
  });
  it('warns of a planned summit whose date has passed', () => {
    const rec = base([], { summits: [{ id: 'p', kind: 'informal', mode: 'in-person', status: 'planned', date: '2011-05', sources: ['s'] }] });
    expect(codes(rec, '2011-05-31')).toEqual([]);
    expect(codes(rec, '2011-06-01')).toEqual(['warning PLANNED_SUMMIT_PAST']);
  });
  it('reports membership decisions that change nothing', () => {
    expect(codes(base([{ type: 'admit', party: 'AA', date: '2005-01-01' }]))).toEqual(['warning MEMBERSHIP_SEQUENCE']);
  });
  it('documents every code it can emit in the catalogue', () => {
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(info.title.length, code).toBeGreaterThan(5);
      expect(info.hint.length, code).toBeGreaterThan(5);
    }
  });
});

describe('validate: handovers', () => {
  it('refuses a handover from a party to itself', () => {
    const rec = record({
      parties: [state('AA', 'Alpha')],
      offices: [chairOffice(calendarRule('P1Y', '2010-01-01'))],
      decisions: [...founders('2000-01-01', 'AA'), { type: 'handover', office: 'chair', from: 'AA', to: 'AA', date: '2010-01-01' }],
      asOf: '2010-06-01',
    });
    expect(validate(rec).map((d) => d.code)).toContain('HANDOVER_MISMATCH');
  });
});
