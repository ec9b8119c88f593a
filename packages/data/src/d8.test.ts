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
