/**
 * What a person typed (an office, a file name, an option's value), made safe to echo into a
 * one-line message on a terminal. A newline would break the line, and an escape sequence
 * (`\x1b[31m`, or one that moves the cursor or sets the window title) would be obeyed by the
 * terminal instead of shown; characters that reorder text (bidirectional controls) would show
 * something else than what is there.
 */

/** C0 and C1 controls, DEL, and the invisible characters that reorder or break lines. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The text with every control character written as an escape, as a shell's `$'…'` would write
 * it: `\n`, `\r`, `\t`, `\xHH` up to U+00FF, `\u{HHHH}` above. Other characters, letters of any
 * script among them, are left as they are.
 * @example escapeControls('chair\n\x1b[31mred') // 'chair\\n\\x1b[31mred'
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? escapeOne(c.charCodeAt(0)));
}

function escapeOne(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}
