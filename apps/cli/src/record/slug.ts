/** Letters that Unicode decomposition does not reduce to ASCII, as a person would write them in an id. */
const LATIN: Record<string, string> = { ı: 'i', ə: 'e', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ŋ: 'n', ħ: 'h' };

/** A lowercase id from any text: "Kubanychbek Omuraliev" → "kubanychbek-omuraliev", "Gəncə" → "gence". */
export function slugify(text: string, maxLength = 48): string {
  const ascii = text
    .toLowerCase()
    .replace(/[ıəøæœßđðłþŋħ]/g, (c) => LATIN[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength) : slug;
  return cut.replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… : the first not already taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** An id for a source, from its address: "https://www.report.az/en/ots-summit" → "report-az-ots-summit". */
export function sourceIdFromUrl(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  const slug = slugify(`${host} ${last.replace(/\.(html?|php|aspx?)$/i, '')}`, 60);
  return slug || 'source';
}
