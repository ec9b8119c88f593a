import { describe, expect, it } from 'vitest';
import { STACK, TODAY, turnus } from './helpers';

const json = (args: string[]) => {
  const run = turnus([...TODAY, ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('turnus who', () => {
  it('names the Secretary-General on a day in 2023, with the period, the term end and the sources', () => {
    const { code, stdout } = turnus([...TODAY, 'who', 'secretary-general', '--on', '2023-06-01']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Secretary-General on 2023-06-01: Kubanychbek Omuraliev \(Kyrgyzstan\)\n/);
    expect(stdout).toContain('period   2022-11-14 → (open), recorded');
    // Extended at Budapest on 21 May 2025 for a length no source gives.
    expect(stdout).toContain('term     end not known (extended on 2025-05-21 at');
    expect(stdout).toContain('for a length no source gives)');
    expect(stdout).toMatch(/sources {2}today-az-227962 +Today\.az/);
  });

  it('gives the JSON contract for a person-held office', () => {
    expect(json(['who', 'secretary-general', '--on', '2023-06-01'])).toMatchObject({
      org: 'ots',
      office: 'secretary-general',
      on: '2023-06-01',
      status: 'held',
      holder: { party: 'KG', partyName: 'Kyrgyzstan', person: 'kubanychbek-omuraliev', personName: 'Kubanychbek Omuraliev' },
      start: '2022-11-14',
      end: null,
      termEndUnknown: true,
      basis: 'recorded',
      decisions: ['appoint-sg-omuraliev-2022', 'extend-sg-omuraliev-2025'],
    });
  });

  it('gives Azerbaijan the chair the day before the 8th summit, and Turkey on 12 November 2021', () => {
    const before = json(['who', 'chair', '--on', '2021-11-11']);
    expect(before).toMatchObject({ holder: { party: 'AZ', partyName: 'Azerbaijan', person: null, personName: null }, start: '2019-10-15', end: '2021-11-12', basis: 'recorded' });
    const on = json(['who', 'chair', '--on', '2021-11-12']);
    expect(on).toMatchObject({ office: 'chair', on: '2021-11-12', holder: { party: 'TR', partyName: 'Turkey', person: null, personName: null }, start: '2021-11-12', end: '2022-11-11', basis: 'recorded' });
    expect(on.sources).toContain('turkmenistan-ru-18940');
    expect(turnus([...TODAY, 'who', 'chair', '--on', '2021-11-12']).stdout).toMatch(/^Chairmanship-in-Office on 2021-11-12: Turkey\n/);
  });

  it('uses the name of the day: Türkiye after 1 June 2022', () => {
    expect(json(['who', 'chair', '--on', '2022-06-01']).holder.partyName).toBe('Türkiye');
    expect(json(['who', 'chair', '--on', '2022-05-31']).holder.partyName).toBe('Turkey');
  });

  it('answers "uncertain" inside a window the record knows only to the year, with both candidates', () => {
    const answer = json(['who', 'sg', '--on', '2014-06-01']);
    expect(answer.status).toBe('uncertain');
    expect(answer.holder).toBeNull();
    expect(answer.candidates.map((c: { holder: { person: string } }) => c.holder.person)).toEqual(['halil-akinci', 'ramil-hasanov']);
    const text = turnus([...TODAY, 'who', 'sg', '--on', '2014-06-01']).stdout;
    expect(text).toContain('Secretary-General on 2014-06-01: uncertain');
    expect(text).toContain('Ramil Hasanov (Azerbaijan), 2014 (year known only, in office by 2014-12-29)');
    expect(answer.reason).toMatchObject({ code: 'imprecise-date' });
  });

  it('answers "vacant" before anyone held the office', () => {
    // The record is silent that day: not recorded, so how sure is 'uncertain' (the core's headline).
    expect(json(['who', 'chair', '--on', '2010-01-01'])).toMatchObject({ status: 'vacant', certainty: 'uncertain', holder: null, start: null, end: null, basis: null });
    expect(turnus([...TODAY, 'who', 'chair', '--on', '2010-01-01']).stdout).toContain('Chairmanship-in-Office on 2010-01-01: Not recorded');
  });

  it('answers a later day by the rule where the record is silent, saying so', () => {
    // The 2025 extension has no known end: Omuraliev holds on, and no successor is invented.
    expect(json(['who', 'secretary-general', '--on', '2027-06-01'])).toMatchObject({ status: 'held', basis: 'recorded', holder: { person: 'kubanychbek-omuraliev' }, termEndUnknown: true });
    const unsc = json(['--org', 'unsc', 'who', 'president', '--on', '2026-11-29']);
    expect(unsc).toMatchObject({ status: 'held', basis: 'rule', holder: { party: 'LV' }, start: '2026-11-01', end: '2026-12-01', reason: { code: 'calendar-rule' } });
    expect(json(['--org', 'unsc', 'who', 'president', '--on', '2026-10-15'])).toMatchObject({ basis: 'rule', holder: { party: 'GR' } });
    expect(json(['--org', 'unsc', 'who', 'president', '--on', '2026-06-15'])).toMatchObject({ basis: 'recorded', holder: { party: 'CO' } });
    expect(json(['--org', 'eu-council', 'who', 'presidency', '--on', '2027-03-01'])).toMatchObject({ basis: 'rule', holder: { party: 'LT' } });
    expect(json(['--org', 'eu-council', 'who', 'presidency', '--on', '2026-11-29'])).toMatchObject({ basis: 'recorded', holder: { party: 'IE' } });
    // The members elected on 3 June 2026 are recorded: January 2027 is Portugal's by rule; 2028's roster is not known.
    expect(json(['--org', 'unsc', 'who', 'president', '--on', '2027-01-15'])).toMatchObject({ status: 'held', basis: 'rule', holder: { party: 'PT' } });
    const january = json(['--org', 'unsc', 'who', 'president', '--on', '2028-01-15']);
    expect(january).toMatchObject({ status: 'uncertain', reason: { code: 'roster-unknown', seats: 5 } });
    expect(turnus([...TODAY, '--org', 'unsc', 'who', 'president', '--on', '2026-11-29']).stdout).toContain('by rule');
  });

  it('accepts an office by its name or its initials', () => {
    expect(json(['who', 'Secretary-General', '--on', '2023-06-01']).office).toBe('secretary-general');
    expect(json(['who', 'sg', '--on', '2023-06-01']).office).toBe('secretary-general');
  });

  it('refuses an unknown office with exit code 2, one line and the known offices', () => {
    const { code, stdout, stderr } = turnus([...TODAY, 'who', 'president']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('turnus: E_UNKNOWN_OFFICE no office "president" in the record of ots\n  hint: Offices: chair, cfm-chair, secretary-general, honorary-chairman, council-of-elders-chair\n');
    expect(stderr).not.toMatch(STACK);
  });
});

describe('turnus who chair, in any organization', () => {
  it('reads chair as the rotating chair whatever the organization calls it', () => {
    const unsc = turnus(['--today', '2026-11-29', '--org', 'unsc', 'who', 'chair']);
    expect(unsc.code).toBe(0);
    expect(unsc.stdout).toMatch(/^Presidency of the Security Council on 2026-11-29: Latvia\n/);
    const eu = turnus(['--today', '2026-11-29', '--org', 'eu-council', 'who', 'chair']);
    expect(eu.stdout).toMatch(/^Presidency of the Council of the European Union on 2026-11-29: Ireland\n/);
  });
});

describe('turnus who on a turn expected within a year', () => {
  it('says the window after the record\'s horizon, without a bound no source gives (no "in office by" the next 1 January)', () => {
    const { stdout } = turnus(['--today', '2026-11-29', 'who', 'chair']);
    expect(stdout).toMatch(/Türkiye, between 2026-03-11 and 2026-12-31 → 2027 \(year known only\)/);
    expect(stdout).toContain('The record knows events through 10 March 2026.');
    expect(stdout).not.toContain('2027-01-01');
  });

  it('answers Azerbaijan, recorded, on 1 January 2026: the record knows no summit through 10 March 2026', () => {
    const text = turnus(['who', 'chair', '--on', '2026-01-01']);
    expect(text.stdout).toMatch(/^Chairmanship-in-Office on 2026-01-01: Azerbaijan\n/);
    const json = JSON.parse(turnus(['who', 'chair', '--on', '2026-01-01', '--json']).stdout);
    expect(json).toMatchObject({ status: 'held', basis: 'recorded', holder: { party: 'AZ' }, end: '2026-03-11', endUncertainUntil: '2027-01-01' });
    expect(json).not.toHaveProperty('candidates');
    const later = JSON.parse(turnus(['who', 'chair', '--today', '2026-12-07', '--json']).stdout);
    expect(later.status).toBe('uncertain');
    expect(later.candidates.map((c: { holder: { party: string } }) => c.holder.party)).toEqual(['AZ', 'TR']);
    expect(later.reason).toMatchObject({ code: 'event-expected', knownThrough: '2026-03-10' });
    expect(later.reason.message).toContain('The record knows events through 10 March 2026.');
  });
});

describe('turnus who: how sure the answer is (issue 18)', () => {
  it('names Omuraliev presumed on 2026-12-07, with the last day and source that show him in office and the extension of unknown length', () => {
    const { code, stdout } = turnus(['who', 'secretary-general', '--today', '2026-12-07']);
    expect(code).toBe(0);
    expect(stdout).toContain('period   2022-11-14 → (open), presumed');
    expect(stdout).toContain('last     Last shown in office on 10 March 2026 (Daily Sabah).');
    expect(stdout).toContain('The term was extended for a length no source gives.');
    const answer = JSON.parse(turnus(['who', 'secretary-general', '--today', '2026-12-07', '--json']).stdout);
    expect(answer).toMatchObject({ status: 'held', basis: 'recorded', certainty: 'presumed', lastConfirmed: { date: '2026-03-10', sources: ['dailysabah-2026-03-11'] }, termEndUnknown: true });
  });
  it('keeps a day a source confirms recorded, with no last confirmation', () => {
    const answer = json(['who', 'secretary-general', '--on', '2023-06-01']);
    expect(answer.certainty).toBe('recorded');
    expect(answer).not.toHaveProperty('lastConfirmed');
  });
  it('calls ASEAN\'s chair on 2027-06-01 expected, not certain, and says why', () => {
    const { stdout } = turnus(['--org', 'asean', 'who', 'chair', '--on', '2027-06-01']);
    expect(stdout).toMatch(/^Chairmanship of ASEAN on 2027-06-01: Singapore\n/);
    expect(stdout).toContain('expected by rule');
    expect(stdout).not.toMatch(/, recorded|certain/);
    expect(stdout).toContain('why      Decided in advance, but not yet a fact');
    expect(stdout).toContain('change   What the record knows that may change it: Who chairs ASEAN in 2027');
    expect(json(['--org', 'asean', 'who', 'chair', '--on', '2027-06-01'])).toMatchObject({ basis: 'recorded', certainty: 'expected-by-rule', holder: { party: 'SG' } });
  });
});
