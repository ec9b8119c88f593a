import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state } from '../_fixtures';
import * as core from '../index';
import { audit } from '../audit/index';
import { due } from '../due/index';
import { exportCsv, exportIcs, exportJson, exportPopolo } from '../export/index';
import { checkRecord, validate } from '../validate/index';
import { parseYamlRecord } from '../yaml/index';
import type { OrganizationRecord } from '../schema/record';

// The hostile inputs of issue 21 (item 6), at the door of every public function that takes a
// record or options: each is a coded TurnusError whose message says what was given, never a bare
// TypeError from inside, nor a silent empty answer.

const fresh = () =>
  record({
    parties: [state('AT', 'Austria'), state('BE', 'Belgium')],
    offices: [chairOffice(calendarRule('P1Y', '2020-01-01'))],
    decisions: [...founders('2000-01-01', 'AT', 'BE'), { type: 'handover', office: 'chair', to: 'AT', date: '2020-01-01' }],
  });
const rec = fresh();
const DAY = '2020-06-01';

/** Every public function that takes a record, called on `r` with valid other arguments. */
const takingRecord: [string, (r: OrganizationRecord) => unknown][] = [
  ['holderOn', (r) => core.holderOn(r, 'chair', DAY)],
  ['history', (r) => core.history(r, 'chair')],
  ['project', (r) => core.project(r, 'chair', { today: DAY })],
  ['projectionOf', (r) => core.projectionOf(r, 'chair')],
  ['stateOn', (r) => core.stateOn(r, DAY)],
  ['whatIf', (r) => core.whatIf(r, { decisions: [] }, { today: DAY })],
  ['applyChanges', (r) => core.applyChanges(r, { decisions: [] })],
  ['termEndOn', (r) => core.termEndOn(r, 'chair', DAY)],
  ['organizationName', (r) => core.organizationName(r, DAY)],
  ['partyDisplayName', (r) => core.partyDisplayName(r, 'AT', DAY)],
  ['personDisplayName', (r) => core.personDisplayName(r, 'ann')],
  ['membershipHistory', (r) => core.membershipHistory(r)],
  ['audit', (r) => audit(r, 'chair')],
  ['due', (r) => due(r, { today: DAY })],
  ['exportCsv', (r) => exportCsv(r)],
  ['exportIcs', (r) => exportIcs(r)],
  ['exportPopolo', (r) => exportPopolo(r)],
  ['exportJson', (r) => exportJson(r)],
  ['checkRecord', (r) => checkRecord(r)],
];

const notRecords: [string, unknown, RegExp][] = [
  ['null', null, /got null/],
  ['undefined', undefined, /got undefined/],
  ['a string of YAML', 'formatVersion: 1\norganization:\n  id: ots', /got a string "formatVersion: 1\\norganization:…"$/],
  ['an empty object', {}, /got an object without formatVersion, organization, sources, parties, people, offices, decisions, summits/],
  ['an object without its lists', { formatVersion: 1, organization: { id: 'x' } }, /without sources, parties, people, offices, decisions, summits$/],
  ['an array', [], /got an array/],
  ['a number', 42, /got 42/],
];

describe('a value that is not a record', () => {
  for (const [name, call] of takingRecord) {
    it(`is E_INVALID_RECORD for ${name}, with what was given and how to get a record`, () => {
      for (const [, value, message] of notRecords) {
        expect(() => call(value as OrganizationRecord), `${name}(${String(value)})`).toThrowError(
          expect.objectContaining({ name: 'TurnusError', code: 'E_INVALID_RECORD', message: expect.stringMatching(message), hint: expect.stringContaining('parseYamlRecord(text)') }),
        );
      }
    });
  }
  it('is a diagnostic for validate, which takes any input and never throws on it', () => {
    for (const [, value] of notRecords) expect(validate(value).filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
  });
});

describe('options', () => {
  const invalidDates = ['x', '2026-02-30', 20260101, '2026-1-01', null];
  const withDate: [string, (day: unknown) => unknown][] = [
    ['holderOn date', (d) => core.holderOn(rec, 'chair', d as string)],
    ['holderOn today', (d) => core.holderOn(rec, 'chair', DAY, { today: d as string })],
    ['history from', (d) => core.history(rec, 'chair', { from: d as string })],
    ['history to', (d) => core.history(rec, 'chair', { to: d as string })],
    ['project today', (d) => core.project(rec, 'chair', { today: d as string })],
    ['projectionOf today', (d) => core.projectionOf(rec, 'chair', d as string)],
    ['stateOn date', (d) => core.stateOn(rec, d as string)],
    ['stateOn today', (d) => core.stateOn(rec, DAY, { today: d as string })],
    ['whatIf today', (d) => core.whatIf(rec, { decisions: [] }, { today: d as string })],
    ['termEndOn date', (d) => core.termEndOn(rec, 'chair', d as string)],
    ['isPastTermEnd today', (d) => core.isPastTermEnd(core.history(rec, 'chair')[0]!, d as string)],
    ['organizationName date', (d) => core.organizationName(rec, d as string)],
    ['partyDisplayName date', (d) => core.partyDisplayName(rec, 'AT', d as string)],
    ['audit today', (d) => audit(rec, 'chair', { today: d as string })],
    ['due today', (d) => due(rec, { today: d as string })],
    ['exportCsv today', (d) => exportCsv(rec, { today: d as string })],
    ['validate today', (d) => validate(rec, { today: d as string })],
    ['checkRecord today', (d) => checkRecord(rec, { today: d as string })],
    ['parseYamlRecord today', (d) => parseYamlRecord('{}', { today: d as string })],
  ];
  for (const [name, call] of withDate) {
    it(`an invalid date is E_INVALID_DATE: ${name}`, () => {
      for (const day of invalidDates) {
        expect(() => call(day), `${name} ${String(day)}`).toThrowError(expect.objectContaining({ code: 'E_INVALID_DATE', message: expect.stringContaining(`"${String(day)}"`) }));
      }
    });
  }
  it('names the option whose date is wrong', () => {
    expect(() => core.history(rec, 'chair', { from: 'x' })).toThrowError('history: option from: Not a real calendar date: "x"');
  });

  const unknownOption: [string, () => unknown][] = [
    ['holderOn', () => core.holderOn(rec, 'chair', DAY, { on: DAY } as never)],
    ['history', () => core.history(rec, 'chair', { since: DAY } as never)],
    ['project', () => core.project(rec, 'chair', { today: DAY, limit: 3 } as never)],
    ['stateOn', () => core.stateOn(rec, DAY, { language: 'fr' } as never)],
    ['whatIf', () => core.whatIf(rec, { decisions: [] }, { today: DAY, office: 'chair' } as never)],
    ['whatIf changes', () => core.whatIf(rec, { decision: [] } as never, { today: DAY })],
    ['audit', () => audit(rec, 'chair', { on: DAY } as never)],
    ['due', () => due(rec, { today: DAY, asOf: DAY } as never)],
    ['exportCsv', () => exportCsv(rec, { offices: ['chair'] } as never)],
    ['exportIcs', () => exportIcs(rec, { today: DAY } as never)],
    ['exportJson', () => exportJson(rec, { indent: 2 } as never)],
    ['validate', () => validate(rec, { on: DAY } as never)],
    ['checkRecord', () => checkRecord(rec, { strict: true } as never)],
    ['parseYamlRecord', () => parseYamlRecord('{}', { name: 'x.yaml' } as never)],
  ];
  for (const [name, call] of unknownOption) {
    it(`an unknown option is E_INVALID_OPTION, naming it and the known ones: ${name}`, () => {
      expect(call).toThrowError(expect.objectContaining({ code: 'E_INVALID_OPTION', message: expect.stringMatching(/unknown option "\w+"|decisions/) }));
    });
  }
  it('lists the known options in the hint', () => {
    expect(() => core.history(rec, 'chair', { since: DAY } as never)).toThrowError(expect.objectContaining({ message: 'history: unknown option "since"', hint: 'Known options: from, to, continued' }));
  });

  it('gives E_INVALID_OPTION for options of the wrong kind', () => {
    const wrong: (() => unknown)[] = [
      () => core.history(rec, 'chair', 'x' as never),
      () => core.history(rec, 'chair', { continued: 'yes' } as never),
      () => core.project(rec, 'chair', { today: DAY, count: Number.NaN }),
      () => core.project(rec, 'chair', { today: DAY, count: -1 }),
      () => core.project(rec, 'chair', { today: DAY, count: '3' } as never),
      () => core.stateOn(rec, DAY, { compareNames: 'en' } as never),
      () => core.whatIf(rec, { decisions: [] }, { today: DAY, offices: 'chair' } as never),
      () => core.whatIf(rec, {} as never, { today: DAY }),
      () => core.holderOn(rec, 'chair', DAY, null as never),
      () => exportCsv(rec, { projected: 2.5 }),
    ];
    for (const call of wrong) expect(call).toThrowError(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    expect(() => core.project(rec, 'chair', { today: DAY, count: Number.NaN })).toThrowError('project: option count must be a whole number ≥ 0, got NaN');
  });

  it('takes an option set to undefined as not given', () => {
    expect(core.history(rec, 'chair', { from: undefined, to: undefined } as never)).toHaveLength(1);
    expect(checkRecord(rec, { today: undefined } as never)).toEqual(checkRecord(rec));
  });

  it('checks projectionOf when it is called, not at its first step', () => {
    expect(() => core.projectionOf(rec, 'nope')).toThrowError(expect.objectContaining({ code: 'E_UNKNOWN_OFFICE' }));
    expect(() => core.projectionOf(null as never, 'chair')).toThrowError(expect.objectContaining({ code: 'E_INVALID_RECORD' }));
  });
});
