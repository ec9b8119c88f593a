/**
 * A URL from a data file, kept only when it is an absolute http(s) address: a record is
 * untrusted text, and a `javascript:` or `data:` URL in an href would run in the visitor's page.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
