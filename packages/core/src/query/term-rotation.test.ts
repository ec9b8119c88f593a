import { describe, expect, it } from 'vitest';
import { founders, record, termOffice } from '../_fixtures';
import { audit } from './audit';
import { project } from './project';
import type { Party } from '../schema/party';
import type { Rule } from '../schema/rule';

// A Secretary-General appointed for a single three-year term starting on 1 January, no renewal,
// the nationality rotating in the French alphabetical order of the members' names — while the
// practice follows another order. (No real organization with exactly this rule could be confirmed
// from sources for @turnus/data; this synthetic one shows the engine expresses it.)
const fr = (id: string, en: string, french: string): Party => ({ id, kind: 'state', names: { en: { name: en }, fr: { name: french } } });
const parties = [fr('DE', 'Germany', 'Allemagne'), fr('BE', 'Belgium', 'Belgique'), fr('ES', 'Spain', 'Espagne'), fr('HU', 'Hungary', 'Hongrie')];
const stated: Rule = { id: 'stated', role: 'stated', kind: 'term', from: '2000-01-01', length: 'P3Y', start: 'fixed-date', fixedDate: '01-01', renewals: 0, extensible: false, nationality: { order: { kind: 'alphabetical', language: 'fr' }, noConsecutiveSame: true }, sources: ['s'] };
const practice: Rule = { ...stated, id: 'practice', role: 'practice', nationality: { order: { kind: 'cycle', parties: ['BE', 'DE', 'HU', 'ES'] } } } as Rule;
const people = parties.map((p) => ({ id: `sg-${p.id.toLowerCase()}`, names: { en: `SG of ${p.id}` }, nationality: p.id }));

describe('a single three-year term from 1 January, nationality in French alphabetical order', () => {
  const rec = record({
    parties,
    people,
    offices: [termOffice(stated, practice)],
    decisions: [
      ...founders('1999-01-01', 'DE', 'BE', 'ES', 'HU'),
      { type: 'appoint', office: 'secretary-general', person: 'sg-be', date: '2000-11-20' },
      { type: 'appoint', office: 'secretary-general', person: 'sg-de', date: '2003-11-20' },
      { type: 'appoint', office: 'secretary-general', person: 'sg-hu', date: '2006-11-20' },
    ],
  });
  it('starts each term on the next 1 January, for three years', () => {
    const [next] = project(rec, 'secretary-general', { today: '2008-01-01', count: 1 });
    expect(next).toMatchObject({ start: '2010-01-01', end: '2013-01-01' });
  });
  it('projects by the practice (after Hungary: Spain), where the stated French order gives Allemagne → Belgique → Espagne → Hongrie → Allemagne', () => {
    expect(project(rec, 'secretary-general', { today: '2008-01-01', count: 2 }).map((t) => t.holder.party)).toEqual(['ES', 'BE']);
  });
  it('audits the departures from the stated order, none from the practice', () => {
    const entries = audit(rec, 'secretary-general');
    const stated = entries.filter((e) => e.rule === 'stated' && e.departures.some((d) => d.kind === 'nationality'));
    // Stated French order after Belgique is Espagne; the record has Germany (Allemagne), then Hungary.
    expect(stated.map((e) => [e.tenure.holder.party, e.expected])).toEqual([
      ['DE', 'ES'],
      ['HU', 'BE'],
    ]);
    expect(entries.filter((e) => e.rule === 'practice').flatMap((e) => e.departures.filter((d) => d.kind === 'nationality'))).toEqual([]);
  });
});
