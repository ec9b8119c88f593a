import { describe, expect, it } from 'vitest';
import { TODAY, turnus } from './helpers';

describe('turnus audit', () => {
  it('measures every chair against the stated rule and the practice, period by period', () => {
    const { code, stdout } = turnus([...TODAY, 'audit', 'chair', '--json']);
    expect(code).toBe(0);
    const audit = JSON.parse(stdout);
    expect(audit.rules.map((r: { id: string; role: string }) => [r.id, r.role])).toEqual([
      ['chair-stated', 'stated'],
      ['chair-practice', 'practice'],
    ]);
    expect(audit.rules[1].description).toMatch(/^The Chairmanship-in-Office passes at each ordinary summit to its host/);
    expect(audit.periods).toHaveLength(13);
    const bodrum = audit.periods.find((p: { start: string }) => p.start === '2014-06-05');
    const stated = bodrum.checks.find((c: { rule: string }) => c.rule === 'chair-stated');
    const practice = bodrum.checks.find((c: { rule: string }) => c.rule === 'chair-practice');
    expect(stated).toMatchObject({ expected: 'KZ', expectedName: 'Kazakhstan', verdict: 'departs' });
    expect(stated.departures.map((d: { kind: string }) => d.kind)).toContain('holder');
    expect(practice).toMatchObject({ expected: 'TR', verdict: 'follows', departures: [] });
    expect(audit.summary.find((s: { rule: string }) => s.rule === 'chair-practice')).toMatchObject({ periods: 13, follows: 13, departs: 0 });
  });

  it('prints the rules as sentences, a row per period and the departures with what explains them', () => {
    const { stdout } = turnus([...TODAY, 'audit', 'chair']);
    expect(stdout).toContain('Audit of the Chairmanship-in-Office: 13 recorded periods against 2 rule versions');
    expect(stdout).toMatch(/2014-06-05 +2015-09-11 +Turkey +KZ ✗ holder, timing, length +TR ✓/);
    expect(stdout).toContain('Departures from chair-practice (practice): 0 of 13 periods');
    expect(stdout).toMatch(/2013-08-16 timing: took over on 2013-08-16; the rule's period began on\n\s+2013-01-01; explained by handover-chair-2013-az/);
  });

  it('finds the Secretaries-General who served past their terms', () => {
    const audit = JSON.parse(turnus([...TODAY, 'audit', 'secretary-general', '--json']).stdout);
    const long = audit.periods.filter((p: { checks: { departures: { kind: string }[] }[] }) => p.checks.some((c) => c.departures.some((d) => d.kind === 'length')));
    expect(long.map((p: { holder: { person: string } }) => p.holder.person)).toEqual(['halil-akinci', 'ramil-hasanov', 'baghdad-amreyev']);
  });
});

describe('turnus what-if', () => {
  it('shows the chair before and after a swap, and where they part', () => {
    const { code, stdout } = turnus([...TODAY, 'what-if', 'chair', '--swap', 'TR', 'UZ', '--count', '6', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.changes).toEqual([{ id: 'what-if-1', type: 'swap', office: 'chair', parties: ['TR', 'UZ'], date: '2026-11-28' }]);
    expect(result.before.map((t: { holder: { party: string } }) => t.holder.party)).toEqual(['TR', 'UZ', 'KZ', 'KG', 'AZ', 'TR']);
    // The two exchange their turns: Türkiye's 2026 turn (not begun: Azerbaijan still chairs) goes
    // to Uzbekistan, Uzbekistan's 2027 turn to Türkiye; nobody chairs twice in a row.
    const after = result.after.map((t: { holder: { party: string } }) => t.holder.party);
    expect(after).toEqual(['UZ', 'TR', 'KZ', 'KG', 'AZ', 'TR']);
    for (let i = 1; i < after.length; i++) expect(after[i], `period ${i + 1}`).not.toBe(after[i - 1]);
    expect(result.firstDifference).toBe(0);
    expect(turnus([...TODAY, 'what-if', 'chair', '--swap', 'TR', 'UZ']).stdout).toContain('The projection first changes at period 1: Türkiye from a day between 2026-03-11 and 2026-12-31 becomes Uzbekistan from a day between 2026-03-11 and 2026-12-31.');
  });

  it('notes when a swap with the party in office gives it two turns in a row', () => {
    // Latvia's November 2026 presidency is under way by rule (Ireland's EU presidency, the earlier example, is now recorded).
    const { code, stdout } = turnus(['--today', '2026-11-29', '--org', 'unsc', 'what-if', 'chair', '--swap', 'LR', 'LV', '--count', '4']);
    expect(code).toBe(0);
    expect(stdout.replace(/\n/g, ' ')).toContain('Note: Latvia would hold periods 1 and 2 in a row: a turn already under way (or begun by 2026-11-29) is not a party');
    expect(turnus(['--today', '2026-11-29', 'what-if', 'chair', '--swap', 'TR', 'UZ']).stdout).not.toContain('in a row');
  });

  it('says when the turn a skip concerns lies beyond the periods compared', () => {
    const { code, stdout } = turnus(['--today', '2026-11-29', '--org', 'unsc', 'what-if', 'chair', '--skip', 'LV']);
    expect(code).toBe(0);
    expect(stdout).toContain('No projected period changes: the next turn of Latvia after 2026-11-29 is not among the 8 periods compared (a turn under way is not the next one); give a larger --count.');
  });

  it('shows that a skip moves every later turn up', () => {
    const result = JSON.parse(turnus([...TODAY, 'what-if', 'chair', '--skip', 'UZ', '--count', '3', '--json']).stdout);
    expect(result.after.map((t: { holder: { party: string } }) => t.holder.party)).toEqual(['TR', 'KZ', 'KG']);
  });

  it('admits a new member on a day, and says when nothing changes (the practice cycle has no place for it)', () => {
    const { code, stdout } = turnus([...TODAY, 'what-if', 'chair', '--admit', 'TM', '--from', '2027-01-01', '--count', '4']);
    expect(code).toBe(0);
    expect(stdout).toContain('on 2027-01-01: Turkmenistan becomes a member.');
    expect(stdout).toContain('No projected period changes.');
  });

  it('needs a change to imagine (exit code 2)', () => {
    const { code, stderr } = turnus([...TODAY, 'what-if', 'chair']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^turnus: E_USAGE what-if needs a change to imagine\n/);
  });
});
