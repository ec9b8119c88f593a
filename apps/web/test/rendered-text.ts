// What a visitor reads on a page, and the research jargon that must never reach it: ISO
// durations, raw ISO dates, internal ids, file names and all-caps research markers. Used by the
// build-output test (every built page) and the browser suite (every page after hydration).

/** The visible text of an HTML document, plus its accessible names (title, alt, aria-label), entities decoded. */
export function visibleText(html: string): string {
  const body = html
    .replace(/<head\b[\s\S]*?<\/head>/i, ' ')
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ');
  const attrs = [...body.matchAll(/\s(?:title|alt|aria-label)="([^"]*)"/g)].map((m) => m[1]!);
  const text = body.replace(/<[^>]+>/g, ' ');
  return decode([text, ...attrs].join(' \n ')).replace(/\s+/g, ' ');
}

function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

export interface Jargon {
  readonly kind: string;
  readonly match: string;
  readonly context: string;
}

const RULES: [kind: string, pattern: RegExp][] = [
  ['ISO duration', /\bP(?:\d+[YMWD])+(?:T\d+[HMS])?\b/g],
  ['raw ISO date', /(?<![/\w-])(?:1[89]|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?\b/g],
  ['research marker', /\b(?:NOT FOUND|NOT VERIFIED|UNVERIFIED|INFERRED|UNCONFIRMED|UNKNOWN|TODO|FIXME|TBD|TBC|CHECK|NB|CONFIRMED|REPORTED)\b/g],
  ['file name', /\b[\w@/-]+\.(?:md|ts|tsx|mjs|js|yaml|yml)\b/g],
  ['package name', /@turnus\/[a-z-]+/g],
  ['internal id', /\b[a-z]+(?:-[a-z0-9]+)*-\d{4}(?:-[a-z0-9]+)+\b/g],
  ['internal id', /\b(?:rule|gap|dispute|decision|source) [a-z0-9]+(?:-[a-z0-9]+)+\b/g],
];

/** Every piece of jargon in a visitor's text; `ids` are the record's own identifiers, never to be shown. */
export function findJargon(text: string, ids: readonly string[] = []): Jargon[] {
  const found: Jargon[] = [];
  const context = (i: number, len: number) => text.slice(Math.max(0, i - 40), i + len + 40);
  for (const [kind, pattern] of RULES) {
    for (const m of text.matchAll(pattern)) found.push({ kind, match: m[0], context: context(m.index, m[0].length) });
  }
  for (const id of ids) {
    // Only ids that read as codes (with a hyphen and a digit, or several hyphens); plain words like "chair" are fine.
    if (!/-/.test(id) || !(/\d/.test(id) || id.split('-').length > 2)) continue;
    const re = new RegExp(`(?<![\\w/-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w/-])`, 'g');
    for (const m of text.matchAll(re)) found.push({ kind: 'record id', match: m[0], context: context(m.index, m[0].length) });
  }
  return found;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The text chunks of an HTML document's body (one per run of text between tags), with entities
 * decoded, leaving out scripts, styles, `<noscript>`, SVG, and every element marked with a `lang`
 * other than the page's (record prose kept in English on a translated page, names in their own
 * language, the language switcher).
 */
export function interfaceChunks(html: string): string[] {
  const pageLang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html).replace(/<(script|style|noscript|svg)\b[\s\S]*?<\/\1>/gi, ' ');
  const chunks: string[] = [];
  // A stack of whether each open element (and so its content) is in another language.
  const stack: { tag: string; foreign: boolean }[] = [];
  const foreign = () => stack.some((e) => e.foreign);
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const text = decode(body.slice(last, m.index)).replace(/\s+/g, ' ').trim();
    if (text && !foreign()) chunks.push(text);
    last = m.index + m[0].length;
    const [, close, tag, attrs] = m;
    const name = tag!.toLowerCase();
    if (close) {
      const i = stack.map((e) => e.tag).lastIndexOf(name);
      if (i >= 0) stack.length = i;
    } else if (!VOID.has(name) && !attrs!.endsWith('/')) {
      const l = /\slang="([^"]*)"/.exec(attrs!)?.[1];
      stack.push({ tag: name, foreign: l !== undefined && l !== pageLang });
    }
  }
  return chunks;
}
