import { describe, expect, it } from 'vitest';
import { ots } from '@turnus/data';
import { peopleByOffice, tenuresOf } from './people';

describe('peopleByOffice', () => {
  it('lists the Secretaries-General in order, then the Honorary Chairman', () => {
    const groups = peopleByOffice(ots);
    expect(groups[0]!.office).toBe('secretary-general');
    expect(groups.map((g) => g.office)).toContain('honorary-chairman');
    expect(groups[0]!.people).toEqual(['halil-akinci', 'ramil-hasanov', 'baghdad-amreyev', 'kubanychbek-omuraliev']);
  });
});

describe('tenuresOf', () => {
  it('finds a person’s tenures with their term end by rule, extensions included', () => {
    const [amreyev] = tenuresOf(ots, 'baghdad-amreyev');
    expect(amreyev).toMatchObject({ office: 'secretary-general', start: '2018-09-03', end: '2022-11-14', termEnd: '2022-09-03' });
  });
});
