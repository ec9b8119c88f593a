import { describe, expect, it } from 'vitest';
import { TODAY, turnus } from './helpers';

describe('turnus state', () => {
  it('gives the name before the rename, with Azerbaijan in the chair', () => {
    const { code, stdout, stderr } = turnus([...TODAY, 'state', '--on', '2021-11-11']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Cooperation Council of Turkic Speaking States (CCTS) on 2021-11-11');
    expect(stdout).toMatch(/Chairmanship-in-Office\s+Azerbaijan, since 2019-10-15/);
    expect(stdout).toMatch(/Secretary-General\s+Baghdad Amreyev \(Kazakhstan\), since 2018-09-03/);
    expect(stdout).toMatch(/Honorary Chairman\s+Nursultan Nazarbayev \(Kazakhstan\), since 2019-05-24/);
    expect(stdout).toMatch(/Observers \(1\)\s+Hungary \(2018-09-03\)\n/);
  });

  it('shows the offices of any organization, such as the presidency of the Security Council', () => {
    const state = JSON.parse(turnus([...TODAY, '--org', 'unsc', 'state', '--on', '2026-01-15', '--json']).stdout);
    // The chair shortcut reads the rotating office, here called `president`.
    expect(state.chairOffice).toBe('president');
    expect(state.chair).toEqual(state.offices.president);
    expect(Object.keys(state.offices)).toEqual(['president']);
    expect(turnus([...TODAY, '--org', 'unsc', 'state', '--on', '2026-01-15']).stdout).toMatch(/\nPresidency of the Security Council  Somalia, since 2026-01-01\n/);
  });

  it('gives the name after the rename, Turkey in the chair and Turkmenistan an observer, as JSON', () => {
    const { code, stdout } = turnus([...TODAY, 'state', '--on', '2021-11-12', '--json']);
    expect(code).toBe(0);
    const state = JSON.parse(stdout);
    expect(state).toMatchObject({ org: 'ots', on: '2021-11-12', name: 'Organization of Turkic States' });
    expect(state.chair).toMatchObject({ office: 'chair', status: 'held', holder: { party: 'TR', partyName: 'Turkey', person: null, personName: null }, start: '2021-11-12', end: '2022-11-11', basis: 'recorded' });
    expect(state.observers).toEqual([
      { party: 'HU', name: 'Hungary', since: '2018-09-03' },
      { party: 'TM', name: 'Turkmenistan', since: '2021-11-12' },
    ]);
    expect(state.members.map((m: { party: string }) => m.party).sort()).toEqual(['AZ', 'KG', 'KR', 'TR', 'UZ'].map((p) => (p === 'KR' ? 'KZ' : p)).sort());
    expect(state.secretaryGeneral.holder).toEqual({ party: 'KZ', partyName: 'Kazakhstan', person: 'baghdad-amreyev', personName: 'Baghdad Amreyev' });
  });

  it('keeps Turkmenistan an observer, never a member, to this day', () => {
    const state = JSON.parse(turnus([...TODAY, 'state', '--json']).stdout);
    expect(state.on).toBe('2026-11-28');
    expect(state.observers.map((o: { party: string }) => o.party)).toContain('TM');
    expect(state.members.map((m: { party: string }) => m.party)).not.toContain('TM');
  });

  it('names the Secretary-General on 1 December 2022', () => {
    const state = JSON.parse(turnus([...TODAY, 'state', '--on', '2022-12-01', '--json']).stdout);
    expect(state.secretaryGeneral).toMatchObject({ holder: { person: 'kubanychbek-omuraliev', personName: 'Kubanychbek Omuraliev', party: 'KG', partyName: 'Kyrgyzstan' }, start: '2022-11-14', termEndUnknown: true });
  });

  it('presumes the Secretary-General on 2026-12-07 and names the last day a source shows him in office', () => {
    const { stdout } = turnus(['state', '--today', '2026-12-07']);
    expect(stdout).toMatch(/Kubanychbek Omuraliev \(Kyrgyzstan\), since 2022-11-14, presumed/);
    expect(stdout).toContain('Last shown in office on 10 March 2026 (Daily Sabah).');
    const state = JSON.parse(turnus(['state', '--today', '2026-12-07', '--json']).stdout);
    expect(state.secretaryGeneral).toMatchObject({ certainty: 'presumed', lastConfirmed: { date: '2026-03-10' } });
    expect(state.chair).toMatchObject({ status: 'uncertain', certainty: 'uncertain' });
  });

  it("says the Secretary-General's extended term has no known end, and which answers come from the rule", () => {
    const { stdout } = turnus([...TODAY, 'state']);
    expect(stdout).toContain('term end not known (extended on 2025-05-21 at the Informal OTS Summit in Budapest');
    expect(stdout).toContain('Answered by the rule, not the record: chair');
  });
});
