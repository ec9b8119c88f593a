import { describe, expect, it } from 'vitest';
import { chairOffice, founders, record, state } from '../../_fixtures';
import type { OrganizationRecord } from '../../schema/record';
import type { Rule } from '../../schema/rule';
import { checkRecord } from '../check-record';

const rule: Rule = { id: 'practice', role: 'practice', kind: 'rotation', from: '2000-01-01', trigger: { kind: 'summit', cadence: 'P1Y' }, order: { kind: 'cycle', parties: ['AA', 'BB'] }, sources: ['s'] };

/** A record whose newest source is dated 11 March 2026 (cited by the chair's handover), checked on 8 December 2026. */
function withHorizon(horizon: string | undefined, officeHorizon?: string): OrganizationRecord {
  const base = record({
    parties: [state('AA', 'Alpha'), state('BB', 'Bravo')],
    offices: [{ ...chairOffice(rule), ...(officeHorizon ? { horizon: officeHorizon } : {}) }],
    decisions: [...founders('2000-01-01', 'AA', 'BB'), { type: 'handover', office: 'chair', to: 'AA', date: '2025-10-07', sources: ['late'] }],
    asOf: '2026-12-08',
  });
  return {
    ...base,
    sources: [...base.sources, { id: 'late', title: 'Late page', url: 'https://example.org/late', publisher: 'Example', date: '2026-03-11' }],
    ...(horizon ? { horizon } : {}),
  };
}

const horizonDiagnostics = (rec: OrganizationRecord, today?: string) => checkRecord(rec, today ? { today } : {}).filter((d) => d.code.startsWith('HORIZON'));

describe('checkHorizon', () => {
  it('accepts a horizon on or before the newest source and asOf', () => {
    expect(horizonDiagnostics(withHorizon('2026-03-10'))).toEqual([]);
    expect(horizonDiagnostics(withHorizon('2026-03-11', '2026-03-11'))).toEqual([]);
    expect(horizonDiagnostics(withHorizon(undefined))).toEqual([]);
  });

  it('reports a horizon later than the newest dated source (HORIZON_UNSUPPORTED, a warning)', () => {
    expect(horizonDiagnostics(withHorizon('2026-06-30'))).toEqual([
      expect.objectContaining({ code: 'HORIZON_UNSUPPORTED', severity: 'warning', path: ['horizon'], message: 'the record horizon 2026-06-30 is later than its newest source (2026-03-11)' }),
    ]);
  });

  it("reports an office's horizon later than the newest source about that office", () => {
    expect(horizonDiagnostics(withHorizon('2026-03-10', '2026-04-01'))).toEqual([
      expect.objectContaining({ code: 'HORIZON_UNSUPPORTED', path: ['offices', 0, 'horizon'], message: 'office "chair": horizon 2026-04-01 is later than its newest source (2026-03-11)' }),
    ]);
  });

  it('reports a horizon after asOf or after the day of the check (HORIZON_AFTER_AS_OF, an error)', () => {
    expect(horizonDiagnostics(withHorizon('2026-12-09'))).toContainEqual(
      expect.objectContaining({ code: 'HORIZON_AFTER_AS_OF', severity: 'error', path: ['horizon'], message: "the record horizon 2026-12-09 is after the record's asOf (2026-12-08)" }),
    );
    expect(horizonDiagnostics(withHorizon('2026-03-10'), '2026-03-01')).toEqual([
      expect.objectContaining({ code: 'HORIZON_AFTER_AS_OF', message: 'the record horizon 2026-03-10 is after the day of the check (2026-03-01)' }),
    ]);
  });
});
