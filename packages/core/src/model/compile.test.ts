import { describe, expect, it } from 'vitest';
import { calendarRule, chairOffice, founders, record, state } from '../_fixtures';
import { applyChanges, history, holderOn } from '../index';
import { validate } from '../validate/index';
import { parseYamlRecord } from '../yaml/index';
import type { Decision } from '../schema/decision';
import { compile, freezeDeep } from './compile';

const build = () =>
  record({
    parties: [state('AT', 'Austria'), state('BE', 'Belgium')],
    offices: [chairOffice(calendarRule('P1Y', '2020-01-01'))],
    decisions: [...founders('2000-01-01', 'AT', 'BE'), { type: 'handover', office: 'chair', to: 'AT', date: '2020-01-01' }],
  });

describe('compile: records are immutable values', () => {
  it('freezes a record all the way down on its first query, so a change throws instead of leaving stale answers', () => {
    const rec = build();
    expect(Object.isFrozen(rec)).toBe(false);
    expect(holderOn(rec, 'chair', '2020-06-01')).toMatchObject({ status: 'held', tenure: { holder: { party: 'AT' } } });
    expect(Object.isFrozen(rec)).toBe(true);
    expect(Object.isFrozen(rec.decisions)).toBe(true);
    expect(Object.isFrozen(rec.decisions[2])).toBe(true);
    expect(Object.isFrozen(rec.offices[0]!.rules[0])).toBe(true);
    // Test files are modules, so strict: each of these throws a TypeError where it is made.
    const handover = { id: 'h2', type: 'handover', office: 'chair', to: 'BE', date: '2020-03-01' } as Decision;
    expect(() => (rec.decisions as Decision[]).push(handover)).toThrowError(TypeError);
    expect(() => ((rec as { decisions: unknown }).decisions = [])).toThrowError(TypeError);
    expect(() => ((rec.decisions[2] as { date: string }).date = '2019-01-01')).toThrowError(TypeError);
    expect(holderOn(rec, 'chair', '2020-06-01')).toMatchObject({ status: 'held', tenure: { holder: { party: 'AT' } } });
  });

  it('answers for a new record made from a frozen one, which shares its entries', () => {
    const rec = build();
    history(rec, 'chair');
    const next = { ...rec, decisions: [...rec.decisions, { id: 'h2', type: 'handover', office: 'chair', from: 'AT', to: 'BE', date: '2020-03-01' } as Decision] };
    expect(holderOn(next, 'chair', '2020-06-01')).toMatchObject({ tenure: { holder: { party: 'BE' } } });
    const changed = applyChanges(rec, { decisions: [{ type: 'handover', office: 'chair', from: 'AT', to: 'BE', date: '2020-03-01' }] });
    expect(holderOn(changed, 'chair', '2020-06-01')).toMatchObject({ tenure: { holder: { party: 'BE' } } });
    expect(holderOn(rec, 'chair', '2020-06-01')).toMatchObject({ tenure: { holder: { party: 'AT' } } });
  });

  it('gives a frozen record from parseYamlRecord, whether or not it checks it', () => {
    const text = JSON.stringify(build());
    for (const check of [true, false]) {
      const { record: parsed } = parseYamlRecord(text, { check });
      expect(parsed && Object.isFrozen(parsed) && Object.isFrozen(parsed.decisions[0])).toBe(true);
    }
  });

  it('leaves the input of validate as it was: validation only reads it', () => {
    const rec = build();
    expect(validate(rec).filter((d) => d.severity === 'error')).toEqual([]);
    expect(Object.isFrozen(rec) || Object.isFrozen(rec.decisions) || Object.isFrozen(rec.decisions[0])).toBe(false);
  });

  it('compiles a record once: the cache keeps its model', () => {
    const rec = build();
    expect(compile(rec)).toBe(compile(rec));
  });
});

describe('freezeDeep', () => {
  it('walks shared and circular objects once, and nesting deeper than the call stack', () => {
    const shared = { a: 1 };
    const loop: Record<string, unknown> = { shared, list: [shared] };
    loop.self = loop;
    freezeDeep(loop);
    expect(Object.isFrozen(loop) && Object.isFrozen(shared) && Object.isFrozen(loop.list)).toBe(true);
    let deep: Record<string, unknown> = {};
    const top = deep;
    for (let i = 0; i < 200_000; i++) deep = (deep.next = {}) as Record<string, unknown>;
    freezeDeep(top);
    expect(Object.isFrozen(deep)).toBe(true);
  });
  it('leaves what cannot be frozen (an array-buffer view) as it is', () => {
    const value = { bytes: new Uint8Array(2) };
    freezeDeep(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.bytes)).toBe(false);
  });
});
