import { describe, expect, it } from 'vitest';
import { termProgress } from './term-progress';

describe('termProgress', () => {
  it('measures a running term in days', () => {
    const p = termProgress('2022-11-14', '2025-11-11', '2024-05-13');
    expect(p.totalDays).toBe(1093);
    expect(p.elapsedDays).toBe(546);
    expect(p.remainingDays).toBe(547);
    expect(p.overrunDays).toBe(0);
    expect(p.percent).toBe(50);
  });
  it('clamps at 100% and counts the days past the end by rule', () => {
    const p = termProgress('2022-11-14', '2025-11-11', '2026-11-28');
    expect(p.percent).toBe(100);
    expect(p.elapsedDays).toBe(p.totalDays);
    expect(p.overrunDays).toBe(382);
    expect(p.remainingDays).toBe(0);
  });
  it('is zero before the term starts', () => {
    expect(termProgress('2022-11-14', '2025-11-11', '2022-01-01').percent).toBe(0);
  });
});
