import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state, termOffice } from '../_fixtures';
import type { Rule } from '../schema/rule';
import { history } from './history';
import { holderOn } from './holder-on';
import { project } from './project';
import { stateOn } from './state-on';
import { audit } from './audit';
import { validate } from '../validate/validate';

const abc = [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie'), state('DD', 'Delta'), state('EE', 'Echo')];
const cycle = (from: string, anchor: string, extra: Partial<Rule> = {}): Rule =>
  ({ id: 'v1', role: 'stated', kind: 'rotation', from, trigger: { kind: 'calendar', every: 'P1Y', anchor }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, sources: ['s'], ...extra }) as Rule;

describe('where the record ends, the rule continues', () => {
  const monthly = record({
    parties: abc,
    offices: [chairOffice(calendarRule('P1M', '2024-01-01'))],
    decisions: [...founders('2023-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2024-01-01' }],
  });
  it('ends the last recorded period at its rule boundary, and says so', () => {
    const [only] = history(monthly, 'chair');
    expect(only).toMatchObject({ start: '2024-01-01', end: '2024-02-01', endBasis: 'rule', basis: 'recorded' });
  });
  it('answers a later day of a calendar rotation by rule, with certainty', () => {
    const h = holderOn(monthly, 'chair', '2024-11-15');
    expect(h).toMatchObject({ status: 'held', tenure: { basis: 'rule', start: '2024-11-01', end: '2024-12-01', holder: { party: 'BB' }, reason: { code: 'calendar-rule' } } });
  });
  it('gives one answer: holderOn, project, history and stateOn agree on every day', () => {
    const next = project(monthly, 'chair', { today: '2024-11-15', count: 3 });
    expect(next[0]).toEqual((holderOn(monthly, 'chair', '2024-11-15') as { tenure: unknown }).tenure);
    const continued = history(monthly, 'chair', { from: '2024-11-01', to: '2025-01-01', continued: true });
    expect(continued.map((t) => t.holder.party)).toEqual(['BB', 'CC']);
    expect(stateOn(monthly, '2024-11-15').offices.chair).toEqual(holderOn(monthly, 'chair', '2024-11-15'));
    expect(next.some((t) => t.overdue)).toBe(false);
  });
});

describe('memberships with terms', () => {
  const council = record({
    parties: abc,
    offices: [chairOffice(calendarRule('P1M', '2024-01-01'))],
    decisions: [
      ...founders('2023-01-01', 'AA', 'BB'),
      { type: 'admit', party: 'CC', date: '2024-01-01', term: 'P1Y', seat: 'elected' },
      { type: 'admit', party: 'DD', date: '2024-01-01', until: '2025-01-01', seat: 'elected' },
      { type: 'handover', office: 'chair', to: 'AA', date: '2024-01-01' },
    ],
  });
  it('ends an elected seat at the end of its term', () => {
    expect(stateOn(council, '2024-12-31').members.map((m) => m.party)).toEqual(['AA', 'BB', 'CC', 'DD']);
    expect(stateOn(council, '2025-01-15').members.map((m) => m.party)).toEqual(['AA', 'BB']);
  });
  it('is certain up to the end of the known roster, then uncertain and says why', () => {
    expect(holderOn(council, 'chair', '2024-12-15')).toMatchObject({ status: 'held', tenure: { basis: 'rule' } });
    const january = holderOn(council, 'chair', '2025-01-15');
    expect(january.status).toBe('uncertain');
    expect(january.status === 'uncertain' && january.reason).toMatchObject({ code: 'roster-unknown' });
    expect(january.status === 'uncertain' && january.reason).toEqual({ code: 'roster-unknown', since: '2025-01-01', seats: 2 });
    expect(stateOn(council, '2025-01-15').unfilledSeats).toMatchObject({ count: 2, since: '2025-01-01' });
  });
  it('knows the roster again when the seats are filled', () => {
    const filled = record({
      parties: abc,
      offices: [chairOffice(calendarRule('P1M', '2024-01-01'))],
      decisions: [
        ...founders('2023-01-01', 'AA', 'BB'),
        { type: 'admit', party: 'CC', date: '2024-01-01', term: 'P1Y' },
        { type: 'admit', party: 'DD', date: '2024-01-01', term: 'P1Y' },
        { type: 'admit', party: 'EE', date: '2025-01-01', term: 'P2Y' },
        { type: 'admit', party: 'CC', date: '2025-01-01', term: 'P2Y' },
        { type: 'handover', office: 'chair', to: 'AA', date: '2024-01-01' },
      ],
    });
    expect(holderOn(filled, 'chair', '2025-01-15')).toMatchObject({ status: 'held', tenure: { basis: 'rule' } });
    expect(stateOn(filled, '2025-01-15').members.map((m) => m.party).sort()).toEqual(['AA', 'BB', 'CC', 'EE']);
  });
});

describe('fixed terms after the record', () => {
  const people = [{ id: 'ann', names: { en: 'Ann' }, nationality: 'AA' }];
  const sg = (extra: Partial<Extract<Rule, { kind: 'term' }>> = {}, decisions: Parameters<typeof record>[0]['decisions'] = []) =>
    record({
      parties: abc,
      people,
      offices: [termOffice({ id: 'term', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'], ...extra } as Rule)],
      decisions: [...founders('2000-01-01', 'AA', 'BB'), { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2020-05-10' }, ...decisions],
    });
  it('is uncertain after a term that ended with no recorded decision, naming the holder and a successor', () => {
    const h = holderOn(sg(), 'secretary-general', '2023-06-01');
    expect(h.status).toBe('uncertain');
    expect(h.status === 'uncertain' && h.reason.code).toBe('term-expired');
    expect(h.status === 'uncertain' && h.candidates[0]!.holder.person).toBe('ann');
    expect(history(sg(), 'secretary-general')[0]).toMatchObject({ end: '2023-05-10', endBasis: 'rule' });
  });
  it('keeps the holder in office by rule when the rule says so', () => {
    expect(holderOn(sg({ onExpiry: 'holdover' }), 'secretary-general', '2024-06-01')).toMatchObject({ status: 'held', tenure: { basis: 'rule', holder: { person: 'ann' }, reason: { code: 'holdover' } } });
  });
  it('leaves the office vacant by rule when the rule says so', () => {
    const h = holderOn(sg({ onExpiry: 'vacant' }), 'secretary-general', '2024-06-01');
    expect(h.status === 'uncertain' && h.candidates.map((t) => t.holder.person)).toEqual([null]);
  });
  it('holds through an extension of unknown length, and projects no successor', () => {
    const r = sg({}, [{ type: 'extend', office: 'secretary-general', person: 'ann', date: '2023-04-01' }]);
    expect(holderOn(r, 'secretary-general', '2026-11-29')).toMatchObject({ status: 'held', tenure: { basis: 'recorded', termEndUnknown: true } });
    expect(history(r, 'secretary-general')[0]!.termEnd).toBeUndefined();
    expect(project(r, 'secretary-general', { today: '2026-11-29' })).toEqual([]);
  });
  it('takes the end a later extension gives over an earlier extension of unknown length', () => {
    const r = sg({}, [
      { type: 'extend', office: 'secretary-general', person: 'ann', date: '2023-04-01' },
      { type: 'extend', office: 'secretary-general', person: 'ann', date: '2024-01-10', until: '2025-01-01' },
    ]);
    expect(history(r, 'secretary-general')[0]).toMatchObject({ termEnd: '2025-01-01' });
    expect(history(r, 'secretary-general')[0]!.termEndUnknown).toBeUndefined();
  });
  it('never invents a day: a term begun in a year known only as a year ends in a window', () => {
    const r = record({
      parties: abc,
      people,
      offices: [termOffice({ id: 'term', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'] } as Rule)],
      decisions: [...founders('2000-01-01', 'AA'), { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2014' }],
    });
    const [t] = history(r, 'secretary-general');
    expect(t).toMatchObject({ startPrecision: 'year', termEnd: '2017-01-01', termEndUncertainUntil: '2018-01-01', end: '2017-01-01', endUncertainUntil: '2018-01-01' });
    expect(holderOn(r, 'secretary-general', '2017-06-01').status).toBe('uncertain');
  });
});

describe('summit rotations after the record', () => {
  const r = record({
    parties: abc,
    offices: [chairOffice({ id: 'practice', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, sources: ['s'] } as Rule)],
    summits: [
      { id: 's1', kind: 'ordinary', status: 'held', host: 'AA', date: '2024-10-07', sources: ['s'] },
      { id: 's2', kind: 'ordinary', status: 'planned', host: 'BB', date: '2025', sources: ['s'] },
    ],
    decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2024-10-07', summit: 's1' }],
  });
  it('ends the running period within the planned summit\'s year, not on an invented day', () => {
    const [t] = history(r, 'chair');
    expect(t).toMatchObject({ end: '2025-01-01', endPrecision: 'year', endUncertainUntil: '2026-01-01', endBasis: 'rule' });
    expect(holderOn(r, 'chair', '2025-03-01')).toMatchObject({ status: 'uncertain', reason: { code: 'event-expected' } });
  });
  it('gives projected periods windows, never 1 January placeholders as days', () => {
    const next = project(r, 'chair', { today: '2024-12-01', count: 3 });
    expect(next.map((t) => [t.holder.party, t.startPrecision])).toEqual([
      ['BB', 'year'],
      ['CC', 'year'],
      ['AA', 'year'],
    ]);
    expect(next.every((t) => t.basis === 'projected' && t.startUncertainUntil !== undefined)).toBe(true);
  });
});

describe('regressions from records written from their rules', () => {
  const header = { parties: abc.slice(0, 3), decisions: founders('2000-01-01', 'AA', 'BB', 'CC') };
  it('follows a later rule version\'s own anchor, and ends the earlier version at its `to`', () => {
    const r = record({
      ...header,
      offices: [chairOffice(cycle('2000-01-01', '2000-07-01', { to: '2003-01-01' }), cycle('2003-01-01', '2003-01-01', { id: 'v2' }))],
      decisions: [...header.decisions, { type: 'handover', office: 'chair', to: 'AA', date: '2000-07-01' }],
    });
    const periods = history(r, 'chair', { to: '2006-01-01', continued: true });
    expect(periods.map((t) => [t.start, t.end, t.holder.party])).toEqual([
      ['2000-07-01', '2001-07-01', 'AA'],
      ['2001-07-01', '2002-07-01', 'BB'],
      ['2002-07-01', '2003-01-01', 'CC'],
      ['2003-01-01', '2004-01-01', 'AA'],
      ['2004-01-01', '2005-01-01', 'BB'],
      ['2005-01-01', '2006-01-01', 'CC'],
    ]);
  });
  it('applies an extension that names no party to the period under way on its date, not the seed', () => {
    const r = record({
      ...header,
      offices: [chairOffice(cycle('2000-01-01', '2000-01-01'))],
      decisions: [...header.decisions, { type: 'handover', office: 'chair', to: 'AA', date: '2000-01-01' }, { type: 'extend', office: 'chair', date: '2001-06-01', until: '2003-01-01' }],
    });
    const periods = history(r, 'chair', { to: '2005-01-01', continued: true });
    expect(periods.map((t) => [t.start, t.end, t.holder.party])).toEqual([
      ['2000-01-01', '2001-01-01', 'AA'],
      ['2001-01-01', '2003-01-01', 'BB'],
      ['2003-01-01', '2004-01-01', 'CC'],
      ['2004-01-01', '2005-01-01', 'AA'],
    ]);
  });
  it('extends a period the rule gives, when the extension names its holder', () => {
    const r = record({
      ...header,
      offices: [chairOffice(cycle('2000-01-01', '2000-01-01'))],
      decisions: [...header.decisions, { type: 'handover', office: 'chair', to: 'AA', date: '2000-01-01' }, { type: 'extend', office: 'chair', party: 'BB', date: '2001-06-01', until: '2003-01-01' }],
    });
    expect(holderOn(r, 'chair', '2002-06-01')).toMatchObject({ status: 'held', tenure: { holder: { party: 'BB' }, end: '2003-01-01', basis: 'rule' } });
    // The extension is spent by the rule's period: no ORPHAN_DECISION.
    expect(validate(r).map((d) => d.code)).not.toContain('ORPHAN_DECISION');
  });
  it('says who held the office when an extension names a party that has no turn then or later', () => {
    // An extension naming a party that holds no period under way applies to its next turn; CC has none.
    const r = record({
      ...header,
      offices: [chairOffice(cycle('2000-01-01', '2000-01-01', { order: { kind: 'cycle', parties: ['AA', 'BB'] } }))],
      decisions: [...header.decisions, { type: 'handover', office: 'chair', to: 'AA', date: '2000-01-01' }, { type: 'extend', office: 'chair', party: 'CC', date: '2001-06-01', until: '2003-01-01' }],
    });
    const orphan = validate(r).find((d) => d.code === 'ORPHAN_DECISION');
    expect(orphan?.message).toMatch(/names CC, but BB held chair that day \(by rule\)/);
  });
  it('reads a year-only date in the founding year as any day of that year, not as 1 January', () => {
    const r = record({
      ...header,
      founded: '2000-06-16',
      offices: [chairOffice(cycle('2000-06-16', '2001-01-01', { eligible: 'members' }))],
      decisions: [
        { type: 'admit', party: 'AA', date: '2000-06-16' },
        { type: 'admit', party: 'BB', date: '2000' },
        { type: 'admit', party: 'CC', date: '2000-06-16' },
        { type: 'handover', office: 'chair', to: 'AA', date: '2000' },
      ],
    });
    const codes = validate(r).map((d) => d.code);
    expect(codes).not.toContain('HOLDER_NOT_MEMBER');
    expect(codes).not.toContain('BEFORE_FOUNDING');
    // The rule still ends the period begun "in 2000" and goes on.
    expect(project(r, 'chair', { today: '2000-07-01', count: 2 }).map((t) => [t.start, t.holder.party])).toEqual([
      ['2001-01-01', 'BB'],
      ['2002-01-01', 'CC'],
    ]);
  });
  it('applies a swap decided shortly before the first recorded period', () => {
    const r = record({
      ...header,
      offices: [chairOffice(cycle('2000-01-01', '2000-01-01'))],
      decisions: [...header.decisions, { type: 'swap', office: 'chair', parties: ['BB', 'CC'], date: '2009-06-01' }, { type: 'handover', office: 'chair', to: 'AA', date: '2010-01-01' }],
    });
    expect(project(r, 'chair', { today: '2010-06-01', count: 3 }).map((t) => [t.start, t.holder.party])).toEqual([
      ['2011-01-01', 'CC'],
      ['2012-01-01', 'BB'],
      ['2013-01-01', 'AA'],
    ]);
  });
  it('projects from the first rule\'s `from` when asked before it', () => {
    const r = record({ ...header, offices: [chairOffice(cycle('2000-01-01', '2000-07-01'))] });
    expect(project(r, 'chair', { today: '1999-01-01', count: 2 }).map((t) => [t.start, t.holder.party])).toEqual([
      ['2000-07-01', 'AA'],
      ['2001-07-01', 'BB'],
    ]);
  });
  it('re-aligns an annual grid after a late handover: the late holder\'s period ends at the next grid day', () => {
    const r = record({
      ...header,
      offices: [chairOffice(cycle('2000-01-01', '2000-01-01'))],
      decisions: [...header.decisions, { type: 'handover', office: 'chair', to: 'AA', date: '2005-07-01' }],
    });
    expect(history(r, 'chair', { to: '2008-01-01', continued: true }).map((t) => [t.start, t.end, t.holder.party])).toEqual([
      ['2005-07-01', '2006-01-01', 'AA'],
      ['2006-01-01', '2007-01-01', 'BB'],
      ['2007-01-01', '2008-01-01', 'CC'],
    ]);
  });
});

describe('events that pass the office, and orders among a subset', () => {
  it('lets a meeting pass the office by the order, whoever hosts it', () => {
    const r = record({
      parties: abc.slice(0, 3),
      offices: [chairOffice({ id: 'v1', role: 'stated', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit', holder: 'order' }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC'] }, sources: ['s'] } as Rule)],
      summits: [
        { id: 'm1', kind: 'ordinary', status: 'held', host: 'AA', date: '2020-05-01', body: 'council-of-ministers', passes: ['chair'], sources: ['s'] },
        { id: 'm2', kind: 'ordinary', status: 'held', host: 'BB', date: '2021-05-01', body: 'council-of-ministers', passes: ['chair'], sources: ['s'] },
        { id: 'h1', kind: 'ordinary', status: 'held', host: 'CC', date: '2020-09-01', sources: ['s'] },
      ],
      decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC'), { type: 'handover', office: 'chair', to: 'AA', date: '2019-05-01' }],
    });
    // The outgoing chair hosts the handover meeting: the order, not the host, names the next one;
    // the heads' summit in between (no `passes`, another body's meeting is not it) passes nothing.
    const periods = history(r, 'chair', { to: '2022-01-01', continued: true });
    expect(periods.map((t) => [t.start, t.holder.party])).toEqual([
      ['2019-05-01', 'AA'],
      ['2020-05-01', 'BB'],
      ['2021-05-01', 'CC'],
    ]);
  });
  it('rotates alphabetically among the founding members only', () => {
    const r = record({
      parties: abc.slice(0, 4),
      offices: [chairOffice(calendarRule('P1Y', '2000-01-01', { kind: 'alphabetical', language: 'en' }, { eligible: 'founding-members' } as Partial<Rule>))],
      decisions: [...founders('2000-01-01', 'AA', 'CC'), { type: 'admit', party: 'BB', date: '2000-01-01' }, { type: 'admit', party: 'DD', date: '2000-01-01' }, { type: 'handover', office: 'chair', to: 'AA', date: '2000-01-01' }],
    });
    expect(history(r, 'chair', { to: '2004-01-01', continued: true }).map((t) => t.holder.party)).toEqual(['AA', 'CC', 'AA', 'CC']);
  });
  it('rotates among a named group only', () => {
    const r = record({
      parties: abc.slice(0, 4),
      offices: [chairOffice(calendarRule('P1Y', '2000-01-01', { kind: 'alphabetical', language: 'en' }, { eligible: { parties: ['BB', 'CC', 'DD'] } } as Partial<Rule>))],
      decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC', 'DD'), { type: 'handover', office: 'chair', to: 'BB', date: '2000-01-01' }],
    });
    expect(history(r, 'chair', { to: '2004-01-01', continued: true }).map((t) => t.holder.party)).toEqual(['BB', 'CC', 'DD', 'BB']);
  });
});

describe('audit of expired terms', () => {
  const people = [{ id: 'ann', names: { en: 'Ann' }, nationality: 'AA' }];
  const make = (onExpiry?: 'holdover') =>
    record({
      parties: abc,
      people,
      offices: [termOffice({ id: 'term', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'], ...(onExpiry ? { onExpiry } : {}) } as Rule)],
      decisions: [...founders('2000-01-01', 'AA'), { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2020-05-10' }],
    });
  it('finds a term past its end with nothing recorded, unless the rule keeps the holder', () => {
    const finding = (r: ReturnType<typeof make>) => audit(r, 'secretary-general', { today: '2024-01-01' }).flatMap((e) => e.departures.map((d) => d.kind));
    expect(finding(make())).toEqual(['expired']);
    expect(finding(make('holdover'))).toEqual([]);
    expect(audit(make(), 'secretary-general', { today: '2023-01-01' }).flatMap((e) => e.departures)).toEqual([]);
    expect(validate(make(), { today: '2024-01-01' }).map((d) => d.code)).toContain('TERM_EXPIRED');
    expect(validate(make('holdover'), { today: '2024-01-01' }).map((d) => d.code)).not.toContain('TERM_EXPIRED');
  });
});

describe('fixed terms at the end of the calendar', () => {
  const sg = (length: string) =>
    record({
      parties: abc,
      people: [{ id: 'ann', names: { en: 'Ann' }, nationality: 'AA' }],
      offices: [termOffice({ id: 'term', role: 'stated', kind: 'term', from: '2000-01-01', length, start: 'appointment', sources: ['s'] } as Rule)],
      decisions: [...founders('2000-01-01', 'AA', 'BB'), { type: 'appoint', office: 'secretary-general', person: 'ann', date: '2020-05-10' }],
    });
  it('ends with the term under way on 9999-12-31, open and marked, whose end would fall after it', () => {
    const terms = project(sg('P1000Y'), 'secretary-general', { today: '2026-01-01', count: 100 });
    expect(terms.map((t) => t.start)).toEqual(['3020-05-10', '4020-05-10', '5020-05-10', '6020-05-10', '7020-05-10', '8020-05-10', '9020-05-10']);
    expect(terms.at(-1)).toMatchObject({ end: null, endAfterLastDay: true });
    expect(terms.at(-1)!.termEnd).toBeUndefined();
    expect(holderOn(sg('P1000Y'), 'secretary-general', '9999-12-31')).toMatchObject({ status: 'uncertain', candidates: [terms.at(-2), terms.at(-1)] });
  });
  it('leaves a recorded term that would end after 9999-12-31 without an end, held to the last day', () => {
    const late = record({
      parties: abc,
      people: [{ id: 'ann', names: { en: 'Ann' }, nationality: 'AA' }],
      offices: [termOffice({ id: 'term', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'appointment', sources: ['s'] } as Rule)],
      decisions: [...founders('2000-01-01', 'AA', 'BB'), { type: 'appoint', office: 'secretary-general', person: 'ann', date: '9998-06-01' }],
    });
    expect(history(late, 'secretary-general')[0]!.termEnd).toBeUndefined();
    expect(holderOn(late, 'secretary-general', '9999-12-31')).toMatchObject({ status: 'held', tenure: { holder: { person: 'ann' }, end: null } });
    expect(project(late, 'secretary-general', { today: '9999-01-01' })).toEqual([]);
  });
  it('gives a term that ends on 9999-12-31 exactly that end, then the next term, open', () => {
    expect(history(sg('P7979Y7M21D'), 'secretary-general')[0]).toMatchObject({ termEnd: '9999-12-31', end: '9999-12-31', endBasis: 'rule' });
    const terms = project(sg('P7979Y7M21D'), 'secretary-general', { today: '2026-01-01', count: 5 });
    expect(terms.map((t) => [t.start, t.end, t.endAfterLastDay])).toEqual([['9999-12-31', null, true]]);
  });
});
