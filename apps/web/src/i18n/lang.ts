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

/** A site path in a language: `/ots/` → `/tr/ots/`; English has no prefix. */
export function localized(path: string, l: Lang = current): string {
  return l === 'en' ? path : `/${l}${path}`;
}
