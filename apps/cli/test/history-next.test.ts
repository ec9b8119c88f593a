import { describe, expect, it } from 'vitest';
import { TODAY, turnus } from './helpers';

describe('turnus history', () => {
  it('lists every chair in order as JSON of the contract shape, with names as they were', () => {
    const { code, stdout } = turnus([...TODAY, 'history', 'chair', '--json']);
    expect(code).toBe(0);
    const periods = JSON.parse(stdout);
    expect(periods.map((p: { holder: { party: string } }) => p.holder.party)).toEqual(['TR', 'KZ', 'KG', 'AZ', 'TR', 'KZ', 'KG', 'AZ', 'TR', 'UZ', 'KZ', 'KG', 'AZ']);
    expect(periods.every((p: { basis: string; org: string; office: string }) => p.basis === 'recorded' && p.org === 'ots' && p.office === 'chair')).toBe(true);
    for (let i = 1; i < periods.length; i++) expect(periods[i].start).toBe(periods[i - 1].end);
    expect(periods[8]).toMatchObject({ on: '2021-11-12', start: '2021-11-12', end: '2022-11-11', holder: { partyName: 'Turkey' } });
    // Azerbaijan's period ends where its rule ends it: at the 13th summit, planned for 2026 (the year
    // only), which the record knows did not happen through its horizon (10 March 2026): a window
    // from 11 March to the end of 2026, its first possible day and its bound.
    expect(periods.at(-1)).toMatchObject({ start: '2025-10-07', end: '2026-03-11', endPrecision: 'year', endUncertainUntil: '2027-01-01', endBasis: 'rule' });
  });

  it('prints one line per Secretary-General, flagging terms held past their end by rule', () => {
    const { stdout } = turnus([...TODAY, 'history', 'secretary-general']);
    expect(stdout).toContain('Secretary-General: 4 recorded periods');
    expect(stdout).toMatch(/2014 \(by 2014-12-29\) +→ +2018-09-03 +Ramil Hasanov \(Azerbaijan\)/);
    expect(stdout).toMatch(/2018-09-03 +→ +2022-11-14 +Baghdad Amreyev \(Kazakhstan\) +term ended by rule 2022-09-03; extended/);
  });

  it('keeps only the periods in a range', () => {
    const periods = JSON.parse(turnus([...TODAY, 'history', 'chair', '--from', '2022', '--to', '2024-01-01', '--json']).stdout);
    expect(periods.map((p: { start: string }) => p.start)).toEqual(['2021-11-12', '2022-11-11', '2023-11-03']);
  });
});

describe('turnus next', () => {
  it('projects the chair by the practice: Türkiye, Uzbekistan, Kazakhstan, naming the rule', () => {
    const { code, stdout } = turnus([...TODAY, 'next', 'chair', '--count', '3', '--json']);
    expect(code).toBe(0);
    const periods = JSON.parse(stdout);
    expect(periods.map((p: { holder: { partyName: string } }) => p.holder.partyName)).toEqual(['Türkiye', 'Uzbekistan', 'Kazakhstan']);
    expect(periods.every((p: { basis: string; rule: string }) => p.basis === 'projected' && p.rule === 'chair-practice')).toBe(true);
    // The 13th summit ("2026") after the record's horizon (10 March 2026): from 11 March at the earliest.
    expect(periods[0]).toMatchObject({ on: '2026-03-11', start: '2026-03-11', startPrecision: 'year', startUncertainUntil: '2027-01-01', end: '2027', endPrecision: 'year', reason: { code: 'event-expected', knownThrough: '2026-03-10' } });
    expect(JSON.stringify(periods)).not.toMatch(/"(start|end|on)":"\d{4}-01-01"/);
    expect(periods[1]).toMatchObject({ estimated: true });
  });

  it('states the rule in a sentence above the periods', () => {
    const { stdout } = turnus([...TODAY, 'next', 'chair', '--count', '2']);
    expect(stdout).toContain('Chairmanship-in-Office: 2 projected periods from 2026-11-28');
    expect(stdout).toMatch(/rule chair-practice \(practice\): The Chairmanship-in-Office passes at each\n\s+ordinary summit to its host/);
    expect(stdout).toMatch(/between 2026-03-11 and 2026-12-31 +→ +2027 +Türkiye/);
    expect(stdout).toMatch(/The record knows events\n?\s*through 10 March 2026\./);
  });

  it('projects no successor while a term extended for an unknown length runs, and says why', () => {
    expect(JSON.parse(turnus([...TODAY, 'next', 'secretary-general', '--count', '2', '--json']).stdout)).toEqual([]);
    expect(turnus([...TODAY, 'next', 'secretary-general']).stdout).toContain('extended for a length no source gives');
  });
  it('gives the UNSC presidencies by rule through 2027 (the 2027 members are recorded), then an uncertain January 2028 that says why', () => {
    const periods = JSON.parse(turnus(['--today', '2026-11-29', '--org', 'unsc', 'next', 'president', '--count', '15', '--json']).stdout);
    expect(periods.slice(0, 3).map((p: { holder: { party: string }; basis: string }) => [p.holder.party, p.basis])).toEqual([
      ['LV', 'rule'],
      ['LR', 'rule'],
      ['PT', 'rule'],
    ]);
    expect(periods.slice(0, 14).every((p: { basis: string }) => p.basis === 'rule')).toBe(true);
    expect(periods[14]).toMatchObject({ start: '2028-01-01', basis: 'projected', reason: { code: 'roster-unknown', seats: 5 } });
    expect(periods.some((p: { overdue?: boolean }) => p.overdue)).toBe(false);
  });

  it('gives Liberia for December 2026 and then every month of 2027 certain by rule (issue 18), in text and JSON', () => {
    const run = turnus(['--org', 'unsc', 'next', 'president', '--today', '2026-12-07', '--count', '13']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2026-12-01 +→ +2027-01-01 +Liberia +certain by rule/);
    expect(run.stdout.match(/certain by rule/g)).toHaveLength(13);
    const periods = JSON.parse(turnus(['--org', 'unsc', 'next', 'president', '--today', '2026-12-07', '--count', '13', '--json']).stdout);
    expect(periods.map((p: { certainty: string }) => p.certainty)).toEqual(Array(13).fill('certain-by-rule'));
    expect(periods.at(-1)).toMatchObject({ start: '2027-12-01', holder: { party: 'FR' } });
  });
  it('calls ASEAN\'s turns after the record expected by rule: each is confirmed by a decision', () => {
    const { stdout } = turnus(['--org', 'asean', 'next', 'chair', '--today', '2026-12-07', '--count', '3']);
    expect(stdout).toMatch(/2028-01-01 +→ +2029-01-01 +Thailand +expected by rule/);
    expect(stdout).toContain('each turn is confirmed by a decision');
    expect(stdout).not.toContain('certain by rule');
  });

  it('says why nothing can be projected for an office without a rule', () => {
    const { code, stdout } = turnus([...TODAY, 'next', 'honorary-chairman']);
    expect(code).toBe(0);
    expect(stdout).toContain('Nothing can be projected: the record gives it no rule.');
    expect(JSON.parse(turnus([...TODAY, 'next', 'honorary-chairman', '--json']).stdout)).toEqual([]);
  });

  it('refuses a count that is not a whole number with exit code 2', () => {
    const { code, stderr } = turnus([...TODAY, 'next', 'chair', '--count', 'many']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^turnus: E_INVALID_OPTION --count "many" is not a whole number from 1 to 1000\n/);
  });
});
