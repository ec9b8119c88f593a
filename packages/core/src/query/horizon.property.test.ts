import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chairOffice, founders, record, state } from '../_fixtures';
import { addDays } from '../calendar/plain-date';
import type { OrganizationRecord } from '../schema/record';
import type { Rule } from '../schema/rule';
import type { Summit } from '../schema/summit';
import { history } from './history';
import { holderOn } from './holder-on';

const PARTIES = [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie'), state('DD', 'Delta')];
const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
/** A date as a record may write it: to the day, the month or the year. */
const partial = day('2018-01-01', 365 * 10).chain((d) => fc.constantFrom(d, d.slice(0, 7), d.slice(0, 4)));

/** A summit-passed rotation: a first handover, planned summits at random (partial) dates, a cadence or none, a horizon. */
const horizonRecord = fc
  .record({
    first: day('2015-01-01', 365 * 3),
    cadence: fc.constantFrom(undefined, 'P1Y', 'P6M', 'P2Y'),
    summits: fc.array(fc.record({ date: partial, status: fc.constantFrom('planned', 'planned', 'held'), host: fc.constantFrom('AA', 'BB', 'CC', 'DD') }), { maxLength: 4 }),
    horizon: day('2018-01-01', 365 * 10),
  })
  .map(({ first, cadence, summits, horizon }) => {
    const rule: Rule = { id: 'practice', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit', ...(cadence ? { cadence } : {}) }, order: { kind: 'cycle', parties: ['AA', 'BB', 'CC', 'DD'] }, sources: ['s'] };
    const list: Summit[] = summits.map((s, i) => ({ id: `s${i}`, kind: 'ordinary', status: s.status as Summit['status'], host: s.host, date: s.date, sources: ['s'] }));
    const rec: OrganizationRecord = {
      ...record({ parties: PARTIES, offices: [chairOffice(rule)], summits: list, decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC', 'DD'), { type: 'handover', office: 'chair', to: 'AA', date: first }], asOf: '2030-01-01' }),
      horizon,
    };
    return rec;
  });

describe('the knowledge horizon (property)', () => {
  it('no answer for a day on or before the horizon is uncertain because of an event the record does not have', () => {
    fc.assert(
      fc.property(horizonRecord, fc.array(fc.integer({ min: 0, max: 365 * 12 }), { minLength: 1, maxLength: 8 }), (rec, offsets) => {
        const horizon = rec.horizon!;
        for (const offset of offsets) {
          const d = addDays('2015-01-01', offset);
          const h = holderOn(rec, 'chair', d);
          if (h.status !== 'uncertain') continue;
          if (d <= horizon) expect(h.reason.code, `${d} ≤ ${horizon}`).not.toBe('event-expected');
          else if (h.reason.code === 'event-expected') expect(h.reason.knownThrough).toBe(horizon);
        }
        // The horizon day itself: the last recorded holder or a held summit's outcome, never an expected event.
        const at = holderOn(rec, 'chair', horizon);
        expect(at.status === 'uncertain' ? at.reason.code : 'certain').not.toBe('event-expected');
      }),
      { numRuns: 300 },
    );
  });

  it('every projected period from an event the record does not have starts after the horizon', () => {
    fc.assert(
      fc.property(horizonRecord, (rec) => {
        for (const t of history(rec, 'chair', { continued: true, to: '2031-01-01' })) {
          if (t.basis === 'projected' && t.reason?.code === 'event-expected') expect(t.start > rec.horizon!).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
