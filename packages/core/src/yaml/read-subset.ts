/**
 * A fast reader for the plain YAML that records are written in: block mappings and sequences,
 * one-line flow collections, one-line plain, single- and double-quoted scalars, folded and
 * literal block scalars, comments. For such a text it gives what the `yaml` library's
 * `parseDocument(text, { uniqueKeys: true }).toJS()` gives (YAML 1.2, core schema), several
 * times faster and with far less garbage, and the offset where each node starts (the library's
 * `node.range[0]`), so that diagnostics are placed exactly as before.
 *
 * Anything else — anchors, aliases, tags, directives, document markers, multi-line flow
 * collections or flow scalars, explicit keys, empty values, keys that are not strings, duplicate
 * keys, tabs, CRs, control characters, odd indentation, every syntax error — makes it give up
 * (`undefined`), and the caller reads the text with the library, which also words the errors.
 * read-subset.test.ts checks the two agree on generated documents and on every record.
 */

/** What the subset reader gives for a text it reads. */
export interface SubsetDocument {
  /** The value, as the library's `toJS()` gives it. */
  readonly value: unknown;
  /**
   * The offset where the node at `path` starts (the value's, or its key's with `key`), or of the
   * nearest enclosing node when the path does not exist: what `nodeAt` in read-with-library.ts finds in the
   * library's document.
   */
  offsetOf(path: readonly (string | number)[], key?: boolean): number;
  /** The 1-based line and column of an offset (lines end at LF), as the library's LineCounter gives them. */
  positionOf(offset: number): { line: number; column: number };
}

/** The offsets where the lines of `text` start. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Thrown inside the reader when the text leaves the subset; never escapes it. */
class OutsideSubset {}
const OUTSIDE = new OutsideSubset();

/** Where the children of a mapping (`keys`, and key then value start per key) or a sequence (item starts) begin. */
interface Starts {
  readonly keys: string[] | undefined;
  readonly starts: number[];
}

// Character codes.
const LF = 10;
const SPACE = 32;
const HASH = 35;
const QUOTE = 34;
const APOSTROPHE = 39;
const COLON = 58;
const DASH = 45;
const COMMA = 44;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Characters the subset never reads: tabs, CRs, other C0 and C1 controls, DEL, BOM, and the Unicode line and paragraph separators. */
const UNSUPPORTED_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
/** A directive, or a document start or end marker, at the start of a line. */
const DOCUMENT_MARKERS = /^(?:%|(?:---|\.\.\.)(?:[ \n]|$))/m;
// Sticky scanners: a regular expression runs as native code from its first use, where a loop over
// characters would run in the interpreter for much of a single read.
/** Blank lines and lines holding only a comment. */
const SKIP_LINES = / *(?:#[^\n]*)?\n/y;
/** Characters up to the first that may end a key or a plain scalar in block context. */
const UNTIL_COLON_HASH_OR_LF = /[^\n:#]*/y;
/** Characters up to the first that may end a plain scalar in a flow collection. */
const UNTIL_FLOW_END = /[^\n:#,[\]{}]*/y;
/** Characters inside a double-quoted scalar up to one that needs a look. */
const UNTIL_QUOTE_BACKSLASH_OR_LF = /[^\n"\\]*/y;
/** Characters inside a single-quoted scalar up to one that needs a look. */
const UNTIL_APOSTROPHE_OR_LF = /[^\n']*/y;

/** The offset after the characters from `at` that `scanner` (sticky, never failing) matches. */
function scan(scanner: RegExp, text: string, at: number): number {
  scanner.lastIndex = at;
  scanner.test(text);
  return scanner.lastIndex;
}

/** Deeper than tooDeep lets through: the reader gives up rather than recurse further. */
const MAX_DEPTH = 200;
/**
 * The library refuses a block mapping's implicit key whose `:` is more than 1024 characters after
 * its start, quotes included (`"k…k": 1` with 1,023 k); in flow it has no such limit. The subset
 * gives up on keys a little shorter already, plain or quoted, and leaves them to the library.
 */
const MAX_KEY_LENGTH = 1000;

/** The core schema's resolution of a plain scalar, in the library's order (yaml/dist/schema/core). */
function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Only `~`, n and N start a null; t, T, f and F a boolean; digits, `+`, `-` and `.` a number.
  // Every other first character (most plain scalars) starts a string.
  if (c === 110 || c === 78 || c === 126) return /^(?:~|[Nn]ull|NULL)$/.test(text) ? null : text;
  if (c === 116 || c === 84 || c === 102 || c === 70) return /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text) ? c === 116 || c === 84 : text;
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return text;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/** The escapes of double-quoted scalars the library knows (yaml/dist/compose/resolve-flow-scalar). */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/**
 * Adds a key as the library's toJS does (a key already `in` the object, like `__proto__` or
 * `toString`, becomes an own property); a duplicate key leaves the subset (the library refuses it).
 */
function addKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key in object) {
    if (Object.prototype.hasOwnProperty.call(object, key)) throw OUTSIDE;
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else object[key] = value;
}

class SubsetReader {
  readonly starts = new WeakMap<object, Starts>();
  /** The start of the line after the node just read that holds content (not blank, not only a comment), or the text's length. */
  line = 0;
  /** That line's indentation (its content starts at `line + indent`), or -1 at the end of the text. */
  indent = -1;

  constructor(readonly text: string) {}

  /** Short plain scalars read so far (the same few keys and values recur thousands of times): their text and value by a hash of the text. */
  readonly plainTexts = new Map<number, string>();
  readonly plainValues = new Map<number, unknown>();

  /** The value of the plain scalar from `at` to `end`, without copying its text again when it was read before. */
  plain(at: number, end: number): unknown {
    const length = end - at;
    if (length > 24) return resolvePlain(this.text.slice(at, end));
    const text = this.text;
    const hash = (length << 24) ^ (text.charCodeAt(at) << 12) ^ (text.charCodeAt(end - 1) << 4) ^ text.charCodeAt(at + (length >> 1));
    const known = this.plainTexts.get(hash);
    if (known !== undefined && known.length === length && text.startsWith(known, at)) return this.plainValues.get(hash);
    const source = text.slice(at, end);
    const value = resolvePlain(source);
    this.plainTexts.set(hash, source);
    this.plainValues.set(hash, value);
    return value;
  }

  /** Moves to the first line from `from` (a line start) that holds content. */
  advance(from: number): void {
    const text = this.text;
    let i = from;
    SKIP_LINES.lastIndex = i;
    while (SKIP_LINES.test(text)) i = SKIP_LINES.lastIndex;
    let j = i;
    while (text.charCodeAt(j) === SPACE) j++;
    // What is left is a line with content, or a last blank or comment line without a line break.
    if (j < text.length && text.charCodeAt(j) !== HASH) {
      this.line = i;
      this.indent = j - i;
    } else {
      this.line = text.length;
      this.indent = -1;
    }
  }

  /** Moves past the end of the line holding `i`, to the next line with content. */
  nextLine(i: number): void {
    const end = this.text.indexOf('\n', i);
    this.advance(end === -1 ? this.text.length : end + 1);
  }

  /** The offset after spaces from `i`. */
  skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** Whether `i` is the end of a line or the text. */
  atLineEnd(i: number): boolean {
    return i >= this.text.length || this.text.charCodeAt(i) === LF;
  }

  /** Whether `i` (after a space) is at a line's end or at a comment. */
  atLineEndOrComment(i: number): boolean {
    return i >= this.text.length || this.text.charCodeAt(i) === LF || this.text.charCodeAt(i) === HASH;
  }

  /** Whether a space or the end of a line follows `i`. */
  blankAfter(i: number): boolean {
    const c = this.text.charCodeAt(i + 1);
    return c === SPACE || c === LF || i + 1 >= this.text.length;
  }

  /** Reads the whole text; throws OUTSIDE when it leaves the subset. */
  document(): { value: unknown; start: number } {
    this.advance(0);
    if (this.indent === -1) throw OUTSIDE;
    const start = this.line + this.indent;
    const value = this.blockNode(start, this.indent, -1, 0);
    if (this.indent !== -1) throw OUTSIDE;
    return { value, start };
  }

  /** A node starting at `at` (column `column`) inside a collection indented `parent`: a block sequence or mapping, or a value on one line. */
  blockNode(at: number, column: number, parent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) throw OUTSIDE;
    const c = this.text.charCodeAt(at);
    if (c === DASH && this.blankAfter(at)) return this.blockSequence(at, column, depth);
    const colon = this.keyEnd(at);
    if (colon !== -1) return this.blockMapping(at, colon, column, depth);
    // A block scalar at the top level may be indented less than elsewhere: left to the library.
    if (parent < 0 && (c === 62 || c === 124)) throw OUTSIDE;
    return this.inlineValue(at, parent, depth);
  }

  /**
   * Where the key starting at `at` ends (the offset of its `:`), or -1 when no key starts there:
   * a one-line plain or quoted scalar followed by `:` and a space or the line's end.
   */
  keyEnd(at: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    let i: number;
    if (c === APOSTROPHE || c === QUOTE) {
      i = this.quotedEnd(at);
      if (i === -1) return -1;
      i = this.skipSpaces(i);
      return text.charCodeAt(i) === COLON && this.blankAfter(i) ? i : -1;
    }
    if (!this.plainMayStart(at, false)) return -1;
    for (i = scan(UNTIL_COLON_HASH_OR_LF, text, at); i < text.length; i = scan(UNTIL_COLON_HASH_OR_LF, text, i + 1)) {
      const ch = text.charCodeAt(i);
      if (ch === LF) return -1;
      if (ch === COLON && this.blankAfter(i)) return i;
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /** The offset after the closing quote of the quoted scalar at `at` if it closes on its line, else -1. */
  quotedEnd(at: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    const scanner = quote === QUOTE ? UNTIL_QUOTE_BACKSLASH_OR_LF : UNTIL_APOSTROPHE_OR_LF;
    for (let i = scan(scanner, text, at + 1); i < text.length; i = scan(scanner, text, i + 1)) {
      const ch = text.charCodeAt(i);
      if (ch === LF) return -1;
      if (quote === QUOTE && ch === BACKSLASH) {
        // An escaped line break continues the scalar on the next line: left to the library.
        if (i + 1 >= text.length || text.charCodeAt(i + 1) === LF) return -1;
        i++;
      } else if (ch === quote) {
        if (quote === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) i++;
        else return i + 1;
      }
    }
    return -1;
  }

  /** Whether a plain scalar may start at `at` (not an indicator). */
  plainMayStart(at: number, inFlow: boolean): boolean {
    const text = this.text;
    if (at >= text.length) return false;
    const c = text.charCodeAt(at);
    switch (c) {
      case LF:
      case SPACE:
      case COMMA:
      case OPEN_BRACKET:
      case CLOSE_BRACKET:
      case OPEN_BRACE:
      case CLOSE_BRACE:
      case HASH:
      case 38: // &
      case 42: // *
      case 33: // !
      case 124: // |
      case 62: // >
      case APOSTROPHE:
      case QUOTE:
      case 37: // %
      case 64: // @
      case 96: // `
        return false;
      case DASH:
      case 63: // ?
      case COLON: {
        if (this.blankAfter(at)) return false;
        const next = text.charCodeAt(at + 1);
        return !(inFlow && (next === COMMA || next === OPEN_BRACKET || next === CLOSE_BRACKET || next === OPEN_BRACE || next === CLOSE_BRACE));
      }
      default:
        return true;
    }
  }

  /** The key at `at` (which keyEnd found ending at `end`), as a string. */
  key(at: number, end: number): string {
    const c = this.text.charCodeAt(at);
    let key: unknown;
    // Measured to the `:`, as the library measures it: a quoted key is no exception.
    if (end - at > MAX_KEY_LENGTH) throw OUTSIDE;
    if (c === APOSTROPHE || c === QUOTE) key = this.quoted(at, this.quotedEnd(at));
    else {
      let last = end;
      while (this.text.charCodeAt(last - 1) === SPACE) last--;
      key = this.plain(at, last);
    }
    // Keys that are not strings, and `<<` (a merge key in YAML 1.1), are left to the library.
    if (typeof key !== 'string' || key === '<<') throw OUTSIDE;
    return key;
  }

  /** A block mapping whose first key starts at `at` and ends at `colon`, its keys at column `column`. */
  blockMapping(at: number, colon: number, column: number, depth: number): Record<string, unknown> {
    const text = this.text;
    const object: Record<string, unknown> = {};
    const keys: string[] = [];
    const starts: number[] = [];
    this.starts.set(object, { keys, starts });
    let keyAt = at;
    for (;;) {
      const key = this.key(keyAt, colon);
      const after = this.skipSpaces(colon + 1);
      let value: unknown;
      let valueAt: number;
      if (this.atLineEndOrComment(after)) {
        // The value is on the lines below, indented more, or a sequence at the key's indentation
        // (an empty value is left to the library).
        this.nextLine(after);
        valueAt = this.line + this.indent;
        if (this.indent === column && text.charCodeAt(valueAt) === DASH && this.blankAfter(valueAt)) value = this.blockSequence(valueAt, column, depth + 1);
        else if (this.indent <= column) throw OUTSIDE;
        else value = this.blockNode(valueAt, this.indent, column, depth + 1);
      } else {
        valueAt = after;
        value = this.inlineValue(after, column, depth + 1);
      }
      keys.push(key);
      starts.push(keyAt, valueAt);
      addKey(object, key, value);
      if (this.indent < column) return object;
      if (this.indent > column) throw OUTSIDE;
      keyAt = this.line + this.indent;
      colon = this.keyEnd(keyAt);
      if (colon === -1) throw OUTSIDE;
    }
  }

  /** A block sequence whose first dash is at `at`, its dashes at column `column`. */
  blockSequence(at: number, column: number, depth: number): unknown[] {
    const text = this.text;
    const items: unknown[] = [];
    const starts: number[] = [];
    this.starts.set(items, { keys: undefined, starts });
    let dash = at;
    for (;;) {
      const after = this.skipSpaces(dash + 1);
      let itemAt: number;
      if (this.atLineEndOrComment(after)) {
        this.nextLine(after);
        if (this.indent <= column) throw OUTSIDE;
        itemAt = this.line + this.indent;
        items.push(this.blockNode(itemAt, this.indent, column, depth + 1));
      } else {
        itemAt = after;
        // The dash's column: `column` for the first item, the line's indentation for the others.
        items.push(this.blockNode(after, column + (after - dash), column, depth + 1));
      }
      starts.push(itemAt);
      if (this.indent < column) return items;
      if (this.indent > column) throw OUTSIDE;
      dash = this.line + this.indent;
      if (!(text.charCodeAt(dash) === DASH && this.blankAfter(dash))) return items;
    }
  }

  /** A value on the line at `at` inside a collection indented `parent` (a block scalar takes the lines below); moves to the next line with content. */
  inlineValue(at: number, parent: number, depth: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(at);
    let value: unknown;
    let end: number;
    if (c === APOSTROPHE || c === QUOTE) {
      end = this.quotedEnd(at);
      if (end === -1) throw OUTSIDE;
      value = this.quoted(at, end);
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      const flow = this.flowCollection(at, depth);
      value = flow.value;
      end = flow.end;
    } else if (c === 62 || c === 124) {
      return this.blockScalar(at, parent);
    } else {
      if (!this.plainMayStart(at, false)) throw OUTSIDE;
      let i = scan(UNTIL_COLON_HASH_OR_LF, text, at);
      for (; i < text.length; i = scan(UNTIL_COLON_HASH_OR_LF, text, i + 1)) {
        const ch = text.charCodeAt(i);
        if (ch === LF) break;
        if (ch === COLON && this.blankAfter(i)) throw OUTSIDE;
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE) break;
      }
      end = i;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      value = this.plain(at, end);
    }
    const rest = this.skipSpaces(end);
    if (!this.atLineEnd(rest) && !(text.charCodeAt(rest) === HASH && rest > end)) throw OUTSIDE;
    this.nextLine(rest);
    return value;
  }

  /** The string of the quoted scalar from `at` to `end` (after its closing quote), on one line. */
  quoted(at: number, end: number): string {
    const text = this.text;
    if (text.charCodeAt(at) === APOSTROPHE) {
      const body = text.slice(at + 1, end - 1);
      return body.includes("''") ? body.replace(/''/g, "'") : body;
    }
    const body = text.slice(at + 1, end - 1);
    if (!body.includes('\\')) return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
      const ch = body[i]!;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const next = body[++i];
      if (next === undefined) throw OUTSIDE;
      const escaped = ESCAPES[next];
      if (escaped !== undefined) out += escaped;
      else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = body.substr(i + 1, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw OUTSIDE;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw OUTSIDE;
        out += String.fromCodePoint(code);
        i += length;
      } else throw OUTSIDE;
    }
    return out;
  }

  /** A flow collection that closes on its line; returns it and the offset after it. */
  flowCollection(at: number, depth: number): { value: unknown; end: number } {
    if (depth > MAX_DEPTH) throw OUTSIDE;
    const text = this.text;
    const isMap = text.charCodeAt(at) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    const keys: string[] | undefined = isMap ? [] : undefined;
    const starts: number[] = [];
    const object: Record<string, unknown> = {};
    const items: unknown[] = [];
    const value = isMap ? object : items;
    this.starts.set(value, { keys, starts });
    let i = this.skipSpaces(at + 1);
    for (;;) {
      if (text.charCodeAt(i) === close) return { value, end: i + 1 };
      if (keys) {
        const keyAt = i;
        const c = text.charCodeAt(i);
        let key: unknown;
        if (c === APOSTROPHE || c === QUOTE) {
          i = this.quotedEnd(keyAt);
          if (i === -1) throw OUTSIDE;
          key = this.quoted(keyAt, i);
        } else {
          const scalar = this.flowPlain(keyAt);
          i = scalar.end;
          if (i - keyAt > MAX_KEY_LENGTH) throw OUTSIDE;
          key = scalar.value;
        }
        if (typeof key !== 'string' || key === '<<') throw OUTSIDE;
        i = this.skipSpaces(i);
        if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) throw OUTSIDE;
        const valueAt = this.skipSpaces(i + 1);
        const entry = this.flowValue(valueAt, depth);
        keys.push(key);
        starts.push(keyAt, valueAt);
        addKey(object, key, entry.value);
        i = entry.end;
      } else {
        const entry = this.flowValue(i, depth);
        items.push(entry.value);
        starts.push(i);
        i = entry.end;
      }
      i = this.skipSpaces(i);
      const c = text.charCodeAt(i);
      if (c === COMMA) i = this.skipSpaces(i + 1);
      else if (c !== close) throw OUTSIDE;
    }
  }

  /** A value inside a flow collection: a nested one, a quoted scalar or a plain one. */
  flowValue(at: number, depth: number): { value: unknown; end: number } {
    const c = this.text.charCodeAt(at);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.flowCollection(at, depth + 1);
    if (c === APOSTROPHE || c === QUOTE) {
      const end = this.quotedEnd(at);
      if (end === -1) throw OUTSIDE;
      return { value: this.quoted(at, end), end };
    }
    return this.flowPlain(at);
  }

  /** A plain scalar inside a flow collection; it ends at `,`, `]`, `}`, `: ` or a comment (which leaves the subset). */
  flowPlain(at: number): { value: unknown; end: number } {
    const text = this.text;
    if (!this.plainMayStart(at, true)) throw OUTSIDE;
    let i = scan(UNTIL_FLOW_END, text, at);
    for (; i < text.length; i = scan(UNTIL_FLOW_END, text, i + 1)) {
      const ch = text.charCodeAt(i);
      if (ch === LF || ch === COMMA || ch === CLOSE_BRACKET || ch === CLOSE_BRACE) break;
      if (ch === OPEN_BRACKET || ch === OPEN_BRACE) throw OUTSIDE;
      if (ch === COLON) {
        const next = text.charCodeAt(i + 1);
        if (next === SPACE || next === LF || i + 1 >= text.length || next === COMMA || next === CLOSE_BRACKET || next === CLOSE_BRACE || next === OPEN_BRACKET || next === OPEN_BRACE) break;
      }
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) throw OUTSIDE;
    }
    let end = i;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    return { value: this.plain(at, end), end };
  }

  /**
   * A folded (`>`) or literal (`|`) block scalar whose header is at `at`, inside a collection
   * indented `parent`, resolved as the library does (yaml/dist/compose/resolve-block-scalar).
   * Explicit indentation, keep chomping (`+`), empty scalars and lines of spaces longer than the
   * content's indentation are left to the library.
   */
  blockScalar(at: number, parent: number): string {
    const text = this.text;
    const folded = text.charCodeAt(at) === 62;
    let i = at + 1;
    let strip = false;
    if (text.charCodeAt(i) === DASH) {
      strip = true;
      i++;
    }
    if (!this.atLineEnd(i) && text.charCodeAt(i) !== SPACE) throw OUTSIDE;
    i = this.skipSpaces(i);
    if (!this.atLineEndOrComment(i)) throw OUTSIDE;
    const headerEnd = text.indexOf('\n', i);
    if (headerEnd === -1) throw OUTSIDE;
    // The lines of the scalar: [start of content, end] for each, -1 as start for an empty line.
    const lines: number[] = [];
    let indent = -1;
    let lineAt = headerEnd + 1;
    let last = -1; // index in `lines` of the last line with content
    while (lineAt < text.length) {
      let j = lineAt;
      while (text.charCodeAt(j) === SPACE) j++;
      let end = text.indexOf('\n', j);
      if (end === -1) end = text.length;
      const spaces = j - lineAt;
      if (j === end) {
        lines.push(-1, spaces);
      } else {
        if (spaces <= parent) break;
        if (indent === -1) indent = spaces;
        else if (spaces < indent) throw OUTSIDE;
        lines.push(lineAt + indent, end);
        last = lines.length;
      }
      if (end >= text.length) {
        lineAt = text.length;
        break;
      }
      lineAt = end + 1;
    }
    if (indent === -1) {
      // Nothing but empty lines: an empty string.
      this.advance(lineAt);
      return '';
    }
    // Lines of spaces longer than the indentation are content the library treats in its own ways.
    for (let k = 0; k < lines.length; k += 2) if (lines[k] === -1 && lines[k + 1]! > indent) throw OUTSIDE;
    let value = '';
    let sep = '';
    let moreIndented = false;
    for (let k = 0; k < last; k += 2) {
      const start = lines[k]!;
      if (start === -1) {
        // An empty line: leading ones are kept; between folded lines, each one is a line break.
        if (!folded) {
          value += sep;
          sep = '\n';
        } else if (sep === '\n') value += '\n';
        else if (sep === '') value += '\n';
        else sep = '\n';
        continue;
      }
      const content = text.slice(start, lines[k + 1]);
      if (!folded) {
        value += sep + content;
        sep = '\n';
      } else if (content.charCodeAt(0) === SPACE) {
        if (sep === ' ') sep = '\n';
        else if (!moreIndented && sep === '\n') sep = '\n\n';
        value += sep + content;
        sep = '\n';
        moreIndented = true;
      } else {
        value += sep + content;
        sep = ' ';
        moreIndented = false;
      }
    }
    if (!strip) value += '\n';
    this.advance(lineAt);
    return value;
  }
}

/**
 * Reads `text` when it stays within the subset of YAML that records use (see the top of this
 * file), or gives `undefined` and leaves it to the `yaml` library. Never throws: whatever goes
 * wrong inside the reader sends the text to the library too.
 * @example readYamlSubset('a: 1\nb: [x, "y"]\n')?.value // { a: 1, b: ['x', 'y'] }
 */
export function readYamlSubset(text: string): SubsetDocument | undefined {
  try {
    return readYamlSubsetOrThrow(text);
  } catch {
    return undefined;
  }
}

/** {@link readYamlSubset}, but an error other than leaving the subset or the stack is thrown (the tests look for them). */
export function readYamlSubsetOrThrow(text: string): SubsetDocument | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text) || DOCUMENT_MARKERS.test(text)) return undefined;
  const reader = new SubsetReader(text);
  let document: { value: unknown; start: number };
  try {
    document = reader.document();
  } catch (error) {
    if (error === OUTSIDE || error instanceof RangeError) return undefined;
    throw error;
  }
  const { value, start } = document;
  const startsOf = reader.starts;
  let lineStarts: number[] | undefined;
  return {
    value,
    positionOf(offset) {
      lineStarts ??= lineStartsOf(text);
      let low = 0;
      let high = lineStarts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (lineStarts[mid]! <= offset) low = mid + 1;
        else high = mid;
      }
      return { line: low, column: offset - lineStarts[low - 1]! + 1 };
    },
    offsetOf(path, key = false) {
      let node: unknown = value;
      let found = start;
      for (let i = 0; i < path.length; i++) {
        const step = path[i]!;
        const at = node !== null && typeof node === 'object' ? startsOf.get(node) : undefined;
        if (!at) break;
        if (at.keys) {
          const index = at.keys.indexOf(String(step));
          if (index === -1) break;
          if (key && i === path.length - 1) return at.starts[2 * index]!;
          found = at.starts[2 * index + 1]!;
          node = (node as Record<string, unknown>)[at.keys[index]!];
        } else if (typeof step === 'number' && Number.isInteger(step) && step >= 0 && step < (node as unknown[]).length) {
          found = at.starts[step]!;
          node = (node as unknown[])[step];
        } else break;
      }
      return found;
    },
  };
}
