import { describe, expect, it } from 'vitest';
import { whatIf } from '@turnus/core';
import { ots } from '@turnus/data';
import { choiceProblems, whatIfChanges, type WhatIfChoice } from './what-if-changes';

const none: WhatIfChoice = {
  admit: { on: false, party: 'TM', date: '2027-01-01' },
  skip: { on: false, office: 'chair', party: 'UZ', date: '2027-01-01' },
  swap: { on: false, office: 'chair', first: 'KZ', second: 'KG', date: '2027-01-01' },
};

describe('whatIfChanges', () => {
  it('gives no decision when nothing is toggled', () => {
    expect(whatIfChanges(none).decisions).toEqual([]);
  });
  it('turns the toggles into the engine’s hypothetical decisions', () => {
    const changes = whatIfChanges({ ...none, admit: { ...none.admit, on: true }, swap: { ...none.swap, on: true } });
    expect(changes.decisions).toEqual([
      { type: 'admit', party: 'TM', date: '2027-01-01', sources: [] },
      { type: 'swap', office: 'chair', parties: ['KZ', 'KG'], date: '2027-01-01', sources: [] },
    ]);
  });
  it('leaves out a change whose date is not a real day, and says why', () => {
    const choice = { ...none, skip: { ...none.skip, on: true, date: '2027-02-30' } };
    expect(whatIfChanges(choice).decisions).toEqual([]);
    expect(choiceProblems(choice)).toHaveLength(1);
  });
  it('feeds the engine: each office’s first difference is where the projections before and after part', () => {
    const results = whatIf(ots, whatIfChanges({ ...none, admit: { ...none.admit, on: true }, swap: { ...none.swap, on: true } }), { today: '2026-11-28', count: 4, offices: ['chair', 'secretary-general'] });
    expect(results).toHaveLength(2);
    for (const r of results) {
      const key = (t: { holder: { party: string | null }; start: string }) => `${t.holder.party}@${t.start}`;
      const same = r.before.length === r.after.length && r.before.every((t, i) => key(t) === key(r.after[i]!));
      if (same) expect(r.firstDifference).toBeNull();
      else expect(r.firstDifference).not.toBeNull();
    }
  });
});
