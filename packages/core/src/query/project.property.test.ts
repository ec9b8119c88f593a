import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, record, state, termOffice } from '../_fixtures';
import { addDays } from '../calendar/plain-date';
import type { Decision } from '../schema/decision';
import type { OrganizationRecord } from '../schema/record';
import type { RotationOrder, Rule } from '../schema/rule';
import { checkRecord } from '../validate/check-record';
import { history } from './history';
import { project } from './project';

const NAMES = ['Austria', 'Belgium', 'Cyprus', 'Denmark', 'Estonia', 'France', 'Greece', 'Hungary'];
const IDS = ['AT', 'BE', 'CY', 'DK', 'EE', 'FR', 'GR', 'HU'];
const PARTIES = IDS.map((id, i) => state(id, NAMES[i]!));

const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
const every = fc.constantFrom('P1M', 'P3M', 'P6M', 'P1Y', 'P2Y');
const order = fc.constantFrom<RotationOrder>(
  { kind: 'alphabetical', language: 'en' },
  { kind: 'cycle', parties: ['HU', 'CY', 'AT', 'GR', 'BE', 'FR', 'DK', 'EE'] },
);

/** A calendar rotation with founders, a first handover, and random admissions and withdrawals. */
const rotationRecord = fc
  .record({
    founders: fc.integer({ min: 1, max: 8 }),
    every,
    order,
    anchor: fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2005-01-01', n)),
    changes: fc.array(fc.record({ party: fc.constantFrom(...IDS), date: day, kind: fc.constantFrom('admit', 'withdraw') }), { maxLength: 6 }),
  })
  .map(({ founders, every, order, anchor, changes }) => {
    const decisions: Omit<Decision, 'id'>[] = IDS.slice(0, founders).map((party) => ({ type: 'admit', party, date: '2000-01-01', founding: true }) as Omit<Decision, 'id'>);
    decisions.push({ type: 'handover', office: 'chair', to: 'AT', date: anchor } as Omit<Decision, 'id'>);
    changes.forEach((c) => decisions.push({ type: c.kind, party: c.party, date: c.date > '2000-01-01' ? c.date : '2000-01-02' } as Omit<Decision, 'id'>));
    return record({ parties: PARTIES, offices: [chairOffice(calendarRule(every, anchor, order))], decisions: decisions as never });
  });

function contiguous(periods: readonly { start: string; end: string | null }[]): boolean {
  return periods.every((p, i) => p.end !== null && p.start < p.end && (i === 0 || periods[i - 1]!.end === p.start));
}

describe('projection invariants', () => {
  it('projected periods never overlap and leave no gaps', () => {
    fc.assert(
      fc.property(rotationRecord, day, (rec, today) => {
        const periods = project(rec, 'chair', { today, count: 40 });
        expect(contiguous(periods)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('on a calendar rotation with a stable roster, every eligible member holds the office once per cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), every, order, (n, step, ord) => {
        const members = IDS.slice(0, n);
        const rec = record({
          parties: PARTIES,
          offices: [chairOffice(calendarRule(step, '2010-01-01', ord))],
          decisions: [...members.map((party) => ({ type: 'admit', party, date: '2000-01-01' }) as never), { type: 'handover', office: 'chair', to: 'AT', date: '2010-01-01' } as never],
        });
        const periods = project(rec, 'chair', { today: '2010-01-02', count: n * 3 });
        for (let i = 0; i + n <= periods.length; i++) {
          const window = periods.slice(i, i + n).map((p) => p.holder.party);
          expect(new Set(window).size).toBe(n);
          expect([...window].sort()).toEqual([...members].sort());
        }
      }),
      { numRuns: 100 },
    );
  });

  it('projected terms follow each other without gaps or overlaps', () => {
    const sg: Rule = { id: 'sg', role: 'stated', kind: 'term', from: '1990-01-01', length: 'P3Y', start: 'appointment', nationality: { order: { kind: 'alphabetical', language: 'en' } }, sources: ['s'] };
    fc.assert(
      fc.property(day, day, fc.constantFrom('P1Y', 'P3Y', 'P4Y', 'P5Y'), (appointed, today, length) => {
        const rec = record({
          parties: PARTIES,
          offices: [termOffice({ ...sg, length })],
          people: [{ id: 'p', names: { en: 'P' }, nationality: 'BE' }],
          decisions: [...IDS.slice(0, 4).map((party) => ({ type: 'admit', party, date: '1999-01-01' }) as never), { type: 'appoint', office: 'secretary-general', person: 'p', date: appointed } as never],
        });
        const periods = project(rec, 'secretary-general', { today, count: 12 });
        expect(periods).toHaveLength(12);
        expect(contiguous(periods)).toBe(true);
        periods.forEach((p, i) => i > 0 && expect(p.holder.party).not.toBe(periods[i - 1]!.holder.party));
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(rotationRecord, day, fc.integer(), (rec, today, seed) => {
        const shuffled: OrganizationRecord = {
          ...rec,
          parties: shuffle(rec.parties, seed),
          decisions: shuffle(rec.decisions, seed + 1),
        };
        expect(project(shuffled, 'chair', { today, count: 20 })).toEqual(project(rec, 'chair', { today, count: 20 }));
        expect(history(shuffled, 'chair')).toEqual(history(rec, 'chair'));
        expect(checkRecord(shuffled, { today }).map((d) => d.code).sort()).toEqual(checkRecord(rec, { today }).map((d) => d.code).sort());
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the process time zone', () => {
    const zones = ['UTC', 'Pacific/Kiritimati', 'America/Sao_Paulo', 'Pacific/Pago_Pago', 'Asia/Kathmandu'];
    const original = process.env.TZ;
    try {
      fc.assert(
        fc.property(rotationRecord, day, (rec, today) => {
          const results = zones.map((zone) => {
            process.env.TZ = zone;
            return JSON.stringify(project(structuredClone(rec), 'chair', { today, count: 24 }));
          });
          expect(new Set(results).size).toBe(1);
        }),
        { numRuns: 40 },
      );
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
