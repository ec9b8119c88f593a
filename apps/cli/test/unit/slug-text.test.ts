import { describe, expect, it } from 'vitest';
import { slugify, sourceIdFromUrl, uniqueId } from '../../src/record/slug';
import { columns, displayWidth, truncate, wrap } from '../../src/render/text';

describe('slugify', () => {
  it('makes readable ids from names in any Latin script', () => {
    expect(slugify('Kubanychbek Omuraliev')).toBe('kubanychbek-omuraliev');
    expect(slugify('Halil Akıncı')).toBe('halil-akinci');
    expect(slugify('Gəncə Şəhəri')).toBe('gence-seheri');
    expect(slugify('  Istanbul Declaration (2026)  ')).toBe('istanbul-declaration-2026');
  });

  it('cuts long ids at a word', () => {
    expect(slugify('The Joint Statement of the Heads of State on Cooperation in Energy', 30)).toBe('the-joint-statement-of-the');
  });

  it('finds a free id by counting up', () => {
    expect(uniqueId('admit-tm', new Set(['admit-tm', 'admit-tm-2']))).toBe('admit-tm-3');
    expect(uniqueId('admit-tm', new Set())).toBe('admit-tm');
  });

  it('names a source after its address', () => {
    expect(sourceIdFromUrl(new URL('https://www.report.az/en/foreign-politics/ots-summit.html'))).toBe('report-az-ots-summit');
    expect(sourceIdFromUrl(new URL('https://turkicstates.org/'))).toBe('turkicstates-org');
  });
});

describe('text layout', () => {
  it('counts columns without styles or combining marks', () => {
    expect(displayWidth('\u001b[1mTürkiye\u001b[22m')).toBe(7);
    expect(displayWidth('Türkiye'.normalize('NFD'))).toBe(7);
  });

  it('aligns columns, leaving out empty ones and trailing spaces', () => {
    expect(columns([['a', '', 'ccc'], ['bb', '', 'd'], ['e', '', '']])).toEqual(['a   ccc', 'bb  d', 'e']);
  });

  it('wraps and truncates to a width', () => {
    expect(wrap('one two three four five', 9, 2)).toBe('one two\n  three\n  four\n  five');
    expect(truncate('Organization of Turkic States', 12)).toBe('Organizatio…');
  });
});
