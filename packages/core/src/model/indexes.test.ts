import { describe, expect, it } from 'vitest';
import { founders, record, state } from '../_fixtures';
import { orderedParties } from '../rules/order';
import { compile } from './compile';
import { alphabeticalSpans, decisionsOf, exceptionsOf, nameChangeDays, rosterIndex, standingChanges } from './indexes';

describe('model indexes', () => {
  const parties = [state('AT', 'Austria'), state('BE', 'Belgium'), state('CY', 'Cyprus')];
  const rec = record({
    parties,
    decisions: [
      ...founders('2000-01-01', 'AT', 'BE'),
      { type: 'admit', party: 'CY', date: '2004-05-01' },
      { type: 'rename', party: 'BE', date: '2006-01-01', names: { en: { name: 'Belgica' } } },
      { type: 'appoint', office: 'chair', party: 'AT', date: '2001-01-01' },
      { type: 'skip', office: 'chair', party: 'CY', date: '2008-01-01' },
      { type: 'skip', office: 'chair', party: 'BE', date: '2007-01-01' },
    ],
  });
  const model = compile(rec);

  it("groups an office's decisions by kind, once per sorted list", () => {
    const chair = decisionsOf(model.decisionsByDay, 'chair');
    expect(chair.starts.map((d) => d.effective ?? d.date)).toEqual(['2001-01-01']);
    expect(decisionsOf(model.decisionsByDay, 'chair')).toBe(chair);
    expect(decisionsOf(model.decisionsByDay, 'nobody')).toEqual({ starts: [], ends: [], extensions: [] });
  });

  it("lists an office's rotation exceptions by the day they take effect", () => {
    expect(exceptionsOf(model, 'chair').map((d) => d.date)).toEqual(['2007-01-01', '2008-01-01']);
  });

  it('knows the days standings and names change', () => {
    expect(standingChanges(model).get('2004-05-01')).toEqual(['CY']);
    expect([...nameChangeDays(model)]).toEqual(['2006-01-01']);
  });

  it('shares the spans of two orders that file the same parties alike, and not of one that files otherwise', () => {
    const a = { kind: 'alphabetical', language: 'en' } as const;
    const b = { kind: 'alphabetical', language: 'en' } as const;
    const c = { kind: 'alphabetical', language: 'en', nameForm: 'official' } as const;
    expect(orderedParties(model, a, '2005-01-01')).toEqual(['AT', 'BE', 'CY']);
    expect(alphabeticalSpans(model, b)).toBe(alphabeticalSpans(model, a));
    expect(alphabeticalSpans(model, c)).not.toBe(alphabeticalSpans(model, a));
  });

  it('builds the roster index once per model', () => {
    expect(rosterIndex(model)).toBe(rosterIndex(model));
    expect(rosterIndex(model).days).toEqual([]);
  });
});
