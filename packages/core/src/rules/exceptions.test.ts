import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state } from '../_fixtures';
import { compile } from '../model/compile';
import type { Decision } from '../schema/decision';
import { nextTurn, startRotation } from './exceptions';

const order = { kind: 'alphabetical', language: 'en' } as const;
const parties = [state('AA', 'Alpha'), state('BB', 'Bravo'), state('CC', 'Charlie'), state('DD', 'Delta')];

function turns(decisions: object[], count: number): string[] {
  const rec = record({
    parties,
    offices: [chairOffice(calendarRule('P1Y', '2001-01-01'))],
    decisions: [...founders('2000-01-01', 'AA', 'BB', 'CC', 'DD'), ...(decisions as never[])],
  });
  const model = compile(rec);
  const exceptions = rec.decisions.filter((d): d is Extract<Decision, { type: 'skip' | 'defer' | 'swap' | 'replace' }> => ['skip', 'defer', 'swap', 'replace'].includes(d.type));
  let s = startRotation(order, 'AA', exceptions);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const turn = nextTurn(model, order, `${2002 + i}-01-01`, s)!;
    out.push(turn.holder);
    s = turn.state;
  }
  return out;
}

describe('rotation exceptions', () => {
  it('without exceptions follows the order and wraps', () => {
    expect(turns([], 5)).toEqual(['BB', 'CC', 'DD', 'AA', 'BB']);
  });
  it('skip: the party loses its turn and the rotation goes on from the next one', () => {
    expect(turns([{ type: 'skip', office: 'chair', party: 'BB', date: '2001-06-01' }], 5)).toEqual(['CC', 'DD', 'AA', 'BB', 'CC']);
  });
  it('defer: the party takes the following turn instead', () => {
    expect(turns([{ type: 'defer', office: 'chair', party: 'BB', date: '2001-06-01' }], 5)).toEqual(['CC', 'BB', 'DD', 'AA', 'BB']);
  });
  it('swap: two parties exchange turns and the order then resumes', () => {
    expect(turns([{ type: 'swap', office: 'chair', parties: ['BB', 'DD'], date: '2001-06-01' }], 5)).toEqual(['DD', 'CC', 'BB', 'AA', 'BB']);
  });
  it('replace: another party holds one turn; the rotation goes on as scheduled', () => {
    expect(turns([{ type: 'replace', office: 'chair', party: 'CC', with: 'AA', date: '2001-06-01' }], 4)).toEqual(['BB', 'AA', 'DD', 'AA']);
  });
  it('ignores exceptions decided after the turn', () => {
    expect(turns([{ type: 'skip', office: 'chair', party: 'BB', date: '2003-06-01' }], 6)).toEqual(['BB', 'CC', 'DD', 'AA', 'CC', 'DD']);
  });
});

describe('rotation exceptions: pending in effective-day order', () => {
  it('gives the same turns whatever order the exceptions are passed in', () => {
    const parties4 = ['AA', 'BB', 'CC', 'DD'] as const;
    const exception = fc.oneof(
      fc.record({ type: fc.constant('skip'), party: fc.constantFrom(...parties4) }),
      fc.record({ type: fc.constant('defer'), party: fc.constantFrom(...parties4) }),
      fc.record({ type: fc.constant('replace'), party: fc.constantFrom(...parties4), with: fc.constantFrom(...parties4) }),
      fc.record({ type: fc.constant('swap'), parties: fc.uniqueArray(fc.constantFrom(...parties4), { minLength: 2, maxLength: 2 }) }),
    );
    // Distinct days, so the effective-day order is the only order.
    const dated = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 11 }), exception), { selector: ([year]) => year, maxLength: 6 });
    fc.assert(
      fc.property(dated, fc.integer(), (list, seed) => {
        const decisions = list.map(([year, e], i) => ({ ...e, id: `e${i}`, office: 'chair', date: `${2001 + year}-06-01` }));
        const sorted = [...decisions].sort((a, b) => (a.date < b.date ? -1 : 1));
        const shuffled = [...decisions].sort((a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7));
        expect(turns(shuffled, 12)).toEqual(turns(sorted, 12));
      }),
      { numRuns: 60 },
    );
  });
});
