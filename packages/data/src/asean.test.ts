import { holderOn, project, stateOn, type Holding } from '@turnus/core';
import { audit } from '@turnus/core/audit';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { records } from './index';

const asean = records.asean!;
const TODAY = asean.asOf;

function held(h: Holding) {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
}

describe('the ASEAN chairmanship: annual, alphabetical, with skips and swaps', () => {
  const entries = audit(asean, 'chair');
  const scored = entries.filter((e) => e.expected !== null);

  it('matches every recorded chair after the first (score 21/21)', () => {
    const hits = scored.filter((e) => e.expected === e.tenure.holder.party);
    expect(`${hits.length}/${scored.length}`).toBe('21/21');
    expect(entries.flatMap((e) => e.departures).filter((d) => d.kind === 'holder')).toEqual([]);
  });

  it('names each exception where it was applied', () => {
    const applied = Object.fromEntries(entries.filter((e) => e.applied.length > 0).map((e) => [`${e.tenure.start.slice(0, 4)} ${e.tenure.holder.party}`, e.applied]));
    expect(applied).toEqual({
      '2006 PH': ['skip-mm-2006'],
      '2011 ID': ['swap-bn-id-2011'],
      '2013 BN': ['swap-bn-id-2011'],
      '2014 MM': ['swap-la-mm-2014'],
      '2016 LA': ['swap-la-mm-2014'],
      '2026 PH': ['skip-mm-2026'],
    });
  });

  it('passes the pre-Charter chair at the ministerial meeting, on the recorded day, without breaking the rotation', () => {
    const rule = asean.offices.find((o) => o.id === 'chair')!.rules.find((r) => r.id === 'chair-asc')!;
    expect(rule.kind === 'rotation' && rule.trigger).toEqual({ kind: 'summit', series: 'amm', cadence: 'P1Y', holder: 'order' });
    const singapore = entries.find((e) => e.tenure.start === '2007-08-02')!;
    expect(singapore.expected).toBe('SG');
    // The AMMs are not recorded as summits: the handover decision dates (and explains) the change.
    // An event-triggered turn has no fixed length, so Singapore's 2 August 2007 – 24 July 2008 is no departure.
    expect(singapore.departures).toEqual([expect.objectContaining({ kind: 'timing', explainedBy: ['chair-2007-sg'] })]);
    const thailand = entries.find((e) => e.tenure.start === '2008-07-24')!;
    expect(thailand.departures).toEqual([expect.objectContaining({ kind: 'timing', explainedBy: ['chair-2008-th'] })]);
    // The extension (extend-th-2009) carries Thailand across the Charter's calendar grid to 2010.
    expect(held(holderOn(asean, 'chair', '2009-12-31')).holder.party).toBe('TH');
    expect(held(holderOn(asean, 'chair', '2010-01-01')).holder.party).toBe('VN');
  });

  it('files the Republic of the Philippines under P and Lao PDR under L', () => {
    const ph = asean.parties.find((p) => p.id === 'PH')!;
    expect(ph.names.en?.official).toBe('Republic of the Philippines');
    expect(ph.sortNames?.en).toBe('Philippines');
  });

  it('admits Timor-Leste on 26 October 2025 and projects Thailand, Timor-Leste (2029, as the foreign ministers agreed), Viet Nam after Singapore (2027)', () => {
    expect(stateOn(asean, '2025-10-26').members.map((m) => m.party)).toContain('TL');
    const next = project(asean, 'chair', { today: TODAY, count: 3 });
    expect(next.map((t) => [t.start, t.holder.party])).toEqual([
      ['2028-01-01', 'TH'],
      ['2029-01-01', 'TL'],
      ['2030-01-01', 'VN'],
    ]);
  });

  it('records the Philippines for 2026 from 1 January (the gavel passed on 28 October 2025) and Singapore for 2027, with the 2023 reports of a deferred Myanmar turn as a dispute', () => {
    expect(held(holderOn(asean, 'chair', '2025-12-31')).holder.party).toBe('MY');
    expect(held(holderOn(asean, 'chair', '2026-01-01'))).toMatchObject({ start: '2026-01-01', end: '2027-01-01', basis: 'recorded', holder: { party: 'PH' } });
    expect(held(holderOn(asean, 'chair', '2027-06-01'))).toMatchObject({ start: '2027-01-01', basis: 'recorded', holder: { party: 'SG' } });
    const dispute = (asean.disputes ?? []).find((d) => d.id === 'chair-2027')!;
    expect(dispute.adopted).toBe('Singapore');
    expect(dispute.claims.map((c) => c.value)).toEqual([expect.stringMatching(/^Singapore/), expect.stringMatching(/^Myanmar/)]);
    expect((asean.gaps ?? []).map((g) => g.id)).not.toContain('chair-2027');
  });

  it('validates with no errors and no warnings', () => {
    const diagnostics = validate(asean, { today: TODAY });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  // The Philippines' 13 months (July 2006 – 2 August 2007) come from Singapore's recorded
  // handover day: the length departure is explained by that handover decision.
  it('explains a period lengthened by the next recorded handover day', () => {
    const philippines = entries.find((e) => e.tenure.start === '2006-07-01')!;
    expect(philippines.departures.every((d) => d.explainedBy.length > 0)).toBe(true);
  });
});
