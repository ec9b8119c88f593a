// The Turkish and Russian pages carry no English interface: every English message of the
// interface (messages.ts) is absent from their text, and no run of English text of three words
// or more that the English page shows is left on the translated page, unless it is marked as
// English (record prose, names the record has only in English).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n/lang';
import { MESSAGE_KEYS, t } from '../src/i18n/messages';
import { builtPages } from '../e2e/site-pages';
import { interfaceChunks } from './rendered-text';
import { records } from '@turnus/data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'tr', 'ots', 'index.html'))) throw new Error('No built site in apps/web/dist: run `pnpm --filter @turnus/web build` first.');

const file = (path: string) => join(dist, path.split('?')[0]!.replace(/^\//, ''), 'index.html');
const english = builtPages(dist).filter((p) => !/^\/(tr|ru)\//.test(p) && existsSync(file(`/tr${p}`)));

/** The interface messages that are plain strings, in language `l`. */
function plainMessages(l: 'en' | 'tr' | 'ru'): Record<string, string> {
  setLang(l);
  try {
    return Object.fromEntries(MESSAGE_KEYS.map((k) => [k, t(k)]).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } finally {
    setLang('en');
  }
}

/** The English messages of two words or more that read otherwise in `l`: none may appear on its pages. */
function englishMessages(l: 'tr' | 'ru'): string[] {
  const en = plainMessages('en');
  const other = plainMessages(l);
  return Object.entries(en)
    .filter(([k, v]) => v.trim().split(/\s+/).length >= 2 && other[k] !== v)
    .map(([, v]) => v.trim());
}

/** Every text of a record (names, titles, notes…), longest first: data, not interface. */
function recordTexts(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (value.length >= 3) out.add(value.replace(/\s+/g, ' ').trim());
  } else if (Array.isArray(value)) value.forEach((v) => recordTexts(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => recordTexts(v, out));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for an organization's record texts (and the site-wide ones: every record's names). */
const recordPattern = new Map(
  Object.entries(records).map(([org, r]) => {
    const texts = [...recordTexts(r), ...Object.values(records).flatMap((x) => [...recordTexts(x.organization), ...recordTexts(x.offices.map((o) => o.names))])];
    const sorted = [...new Set(texts)].sort((a, b) => b.length - a.length);
    return [org, new RegExp(sorted.map(escape).join('|'), 'g')];
  }),
);
const allRecords = new RegExp([...new Set(Object.values(records).flatMap((r) => [...recordTexts(r.organization), ...recordTexts(r.offices.map((o) => o.names))]))].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

/** A chunk without the record's own texts in it: what is left is interface. */
function withoutRecord(path: string, chunk: string): string {
  const org = path.split('/')[1] ?? '';
  return chunk.replace(recordPattern.get(org) ?? allRecords, ' ');
}

/** Words of lower-case Latin letters (interface words: names and acronyms are capitalised). */
const englishWords = (s: string) => s.match(/(?<![\p{L}])[a-z]{2,}(?![\p{L}])/gu) ?? [];

describe('the translated pages', () => {
  it('exist for every English page', () => {
    expect(english.length).toBeGreaterThan(100);
    for (const p of english) for (const l of ['tr', 'ru']) expect(existsSync(file(`/${l}${p}`)), `/${l}${p}`).toBe(true);
  });

  for (const l of ['tr', 'ru'] as const) {
    it(`in ${l}: show none of the English interface messages and no unmarked English left from the English page`, () => {
      const messages = englishMessages(l);
      const problems: string[] = [];
      for (const p of english) {
        const en = new Set(interfaceChunks(readFileSync(file(p), 'utf8')));
        const chunks = interfaceChunks(readFileSync(file(`/${l}${p}`), 'utf8'));
        for (const c of chunks) {
          const own = withoutRecord(p, c);
          for (const m of messages) if (new RegExp(`(?<![\\p{L}])${escape(m)}(?![\\p{L}])`, 'u').test(own)) problems.push(`${l}${p}: English message “${m}” in “${c}”`);
          if (en.has(c) && englishWords(own).length >= 2) problems.push(`${l}${p}: English text “${c}”`);
        }
      }
      expect([...new Set(problems)].slice(0, 40)).toEqual([]);
    });
  }
});
