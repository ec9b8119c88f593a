/**
 * The interface languages. A page is rendered in one language; the renderer (on the server) and
 * the island loader (in the browser) set it before rendering, so helpers that format dates or pick
 * a record's names read it without every component passing it down.
 */
export const LANGS = ['en', 'tr', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, for the switcher. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', tr: 'Türkçe', ru: 'Русский' };

let current: Lang = 'en';

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

export function isLang(value: string | undefined | null): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** A site path without its language prefix: `/tr/ots/` → `/ots/`. */
export function unlocalized(path: string): string {
  const m = /^\/([a-z]{2})(\/.*)$/.exec(path);
  return m && m[1] !== 'en' && isLang(m[1]!) ? m[2]! : path;
}

/** A site path in a language: `/ots/` → `/tr/ots/`; English has no prefix; a prefix already there is replaced. */
export function localized(path: string, l: Lang = current): string {
  const base = unlocalized(path);
  return l === 'en' ? base : `/${l}${base}`;
}

/**
 * The `lang` of the record's own prose (notes, descriptions, titles), which is written in English:
 * `undefined` on an English page, `'en'` on a page in another language.
 */
export function recordLang(): 'en' | undefined {
  return current === 'en' ? undefined : 'en';
}
