/**
 * The line endings a record file was written with, so that an edit keeps them. (Reading odd
 * files — bad bytes, deep nesting, a CR alone — is the library's `parseYamlRecord`.)
 */

/** The kind of line endings of a text: every break CR LF, every one a CR alone, else LF (or mixed). */
export function lineEndings(text: string): '\r\n' | '\r' | '\n' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  if (crlf > 0 && crlf === cr && crlf === lf) return '\r\n';
  if (cr > 0 && lf === 0) return '\r';
  return '\n';
}
