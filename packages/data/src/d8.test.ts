import { holderOn, project, type Holding } from '@turnus/core';
import { audit } from '@turnus/core/audit';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const d8 = records.d8!;
const TODAY = d8.asOf;

function held(h: Holding) {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
}

describe('the D-8 Secretary-General: four-year terms from 1 January, nationality in alphabetical order', () => {
  it('matches every recorded nationality after the first, under the stated rule and the practice (score 2/2 each)', () => {
    for (const rule of ['sg-charter', 'sg-practice']) {
      const scored = audit(d8, 'secretary-general').filter((e) => e.rule === rule && e.expected !== null);
      expect(scored.map((e) => `${e.tenure.holder.party}=${e.expected}`)).toEqual(['NG=NG', 'PK=PK']);
      expect(scored.flatMap((e) => e.departures)).toEqual([]);
    }
  });

  it('starts each term on 1 January, whenever the appointment was made', () => {
    const mahmood = held(holderOn(d8, 'secretary-general', '2026-01-01'));
    expect(mahmood).toMatchObject({ holder: { person: 'sohail-mahmood', party: 'PK' }, start: '2026-01-01', termEnd: '2030-01-01' });
    expect(held(holderOn(d8, 'secretary-general', '2025-12-31')).holder.person).toBe('isiaka-abdulqadir-imam');
    expect(holderOn(d8, 'secretary-general', '2018-01-15').status).toBe('uncertain'); // in office by 31 January 2018
  });

  it('projects Türkiye from 2030, then Azerbaijan (a member since December 2024), by the practice', () => {
    const next = project(d8, 'secretary-general', { today: TODAY, count: 2 });
    expect(next.map((t) => [t.start, t.holder.party, t.rule])).toEqual([
      ['2030-01-01', 'TR', 'sg-practice'],
      ['2034-01-01', 'AZ', 'sg-practice'],
    ]);
  });

  it('validates with no errors and no warnings', () => {
    expect(validate(d8, { today: TODAY }).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('the D-8 chairmanship: Egypt (11th Summit, Cairo), then Indonesia from 1 January 2026', () => {
  it('records Egypt in the chair in 2025, known to the year only, and Indonesia from 1 January 2026', () => {
    expect(held(holderOn(d8, 'chair', '2025-06-01'))).toMatchObject({ holder: { party: 'EG' }, end: '2026-01-01', basis: 'recorded' });
    expect(held(holderOn(d8, 'chair', '2026-12-07'))).toMatchObject({ holder: { party: 'ID' }, start: '2026-01-01', basis: 'recorded' });
  });

  it('projects no successor: no rule is recorded for the chair', () => {
    expect(project(d8, 'chair', { today: TODAY, count: 2 })).toEqual([]);
  });

  it('records the 12th Summit (Jakarta, 15 April 2026) as postponed, with no new date', () => {
    expect(d8.summits.find((s) => s.id === 'd8-12-jakarta')).toMatchObject({ status: 'postponed', host: 'ID', date: '2026-04-15' });
    expect((d8.gaps ?? []).map((g) => g.id)).toContain('summit-12-date');
  });

  it('keeps Sohail Mahmood as Secretary-General on the day of the check', () => {
    expect(held(holderOn(d8, 'secretary-general', TODAY)).holder.person).toBe('sohail-mahmood');
  });
});
