import { describe, expect, it } from 'vitest';
import { TODAY, turnus } from './helpers';

interface SummitJson {
  id: string;
  ordinal: number | null;
  kind: string;
  date: string;
  host: string | null;
  city: string | null;
  decisions: { id: string; type: string }[];
}

describe('turnus summits', () => {
  it('lists every summit in date order as the JSON contract', () => {
    const { code, stdout } = turnus([...TODAY, 'summits', '--json']);
    expect(code).toBe(0);
    const summits: SummitJson[] = JSON.parse(stdout);
    expect(summits.length).toBeGreaterThanOrEqual(29);
    for (const s of summits) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'ordinal', 'kind', 'date', 'host', 'city', 'decisions']));
    const days = summits.map((s) => s.date.padEnd(10, '-'));
    expect(days).toEqual([...days].sort());
    expect(summits.find((s) => s.id === 'ots-8-istanbul-2021')).toMatchObject({ ordinal: 8, kind: 'ordinary', date: '2021-11-12', host: 'TR', city: 'Istanbul' });
  });

  it('keeps only the summits of one kind', () => {
    const informal: SummitJson[] = JSON.parse(turnus([...TODAY, 'summits', '--kind', 'informal', '--json']).stdout);
    expect(informal.map((s) => s.id)).toEqual(expect.arrayContaining(['informal-online-2021', 'informal-shusha-2024', 'informal-budapest-2025', 'informal-turkistan-2026']));
    expect(informal.every((s) => s.kind === 'informal')).toBe(true);
    expect(informal.map((s) => s.date)).toEqual(informal.map((s) => s.date).sort());
    expect(turnus([...TODAY, 'summits', '--kind', 'informal']).stdout).toMatch(new RegExp(`^${informal.length} informal summits\n`));
  });

  it('refuses a kind that does not exist with exit code 2', () => {
    const { code, stderr } = turnus([...TODAY, 'summits', '--kind', 'secret']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^turnus: E_USAGE option '--kind <kind>' argument 'secret' is invalid\. Allowed choices are ordinary, informal, extraordinary\.\n  hint: run turnus summits --help for usage\n$/);
  });
});

describe('turnus summit', () => {
  it('shows the 8th summit: the rename, Turkmenistan as observer, the handover to Turkey, the extension', () => {
    const { code, stdout } = turnus([...TODAY, 'summit', '8']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^8th CCTS Summit \(the last under the old name\) {2}\(ots-8-istanbul-2021\)\n/);
    expect(stdout).toContain('Turkmenistan becomes an observer.');
    expect(stdout).toContain('The organization is renamed Organization of Turkic States (OTS).');
    expect(stdout).toContain('The Chairmanship-in-Office passes from Azerbaijan to Turkey.');
    expect(stdout).toContain('The term of Baghdad Amreyev as Secretary-General is extended by one year.');
  });

  it('gives the 9th summit as JSON: the Secretary-General appointed, the chair to Uzbekistan, TRNC an observer', () => {
    const summit: SummitJson = JSON.parse(turnus([...TODAY, 'summit', '9th', '--json']).stdout);
    expect(summit).toMatchObject({ id: 'ots-9-samarkand-2022', ordinal: 9, kind: 'ordinary', date: '2022-11-11', host: 'UZ', city: 'Samarkand' });
    const byId = Object.fromEntries(summit.decisions.map((d) => [d.id, d]));
    expect(byId['appoint-sg-omuraliev-2022']).toMatchObject({ type: 'appoint', person: 'kubanychbek-omuraliev', effective: '2022-11-14' });
    expect(byId['handover-chair-2022-uz']).toMatchObject({ type: 'handover', from: 'TR', to: 'UZ' });
    expect(byId['observer-trnc']).toMatchObject({ type: 'observer', party: 'trnc' });
  });

  it('finds a summit by id and one numbered in another series', () => {
    expect(JSON.parse(turnus([...TODAY, 'summit', 'informal-shusha-2024', '--json']).stdout).city).toBe('Shusha');
    expect(JSON.parse(turnus([...TODAY, 'summit', 'turkic-speaking-states:9', '--json']).stdout).id).toBe('tss-9-nakhchivan-2009');
  });

  it('refuses an unknown summit with exit code 2', () => {
    const { code, stderr } = turnus([...TODAY, 'summit', '99']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^turnus: E_UNKNOWN_SUMMIT no summit "99" in the record of ots\n  hint: /);
  });
});

describe('turnus summits on a record without them', () => {
  it('says so in a sentence, not with an empty table', () => {
    const { code, stdout } = turnus([...TODAY, '--org', 'unsc', 'summits']);
    expect(code).toBe(0);
    expect(stdout).toBe('The record of unsc has no summits.\n');
  });
});
