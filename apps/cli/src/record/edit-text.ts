import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { emitListItem, emitMapping, emitPair, type YamlValue } from './emit';

/**
 * Edits of a record's text that leave every byte outside the edit as it was: comments, blank
 * lines, quoting and line folding stay the person's. The `yaml` Document gives the position of
 * each node; the new lines are spliced in there. (Printing the whole Document again would
 * refold every long text and requote values all over the file.)
 */

/** One splice: replace `[start, end)` with `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies splices that do not overlap, from the end of the text backwards so offsets stay valid.
 * Insertions at one offset come out in the order they are given.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = splices.map((splice, index) => ({ splice, index })).sort((a, b) => b.splice.start - a.splice.start || b.index - a.index);
  let out = text;
  for (const { splice: s } of sorted) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** The offset just after the line break that ends the line holding `offset` (or the end of the text). */
function afterLineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(0, offset));
  return nl === -1 ? text.length : nl + 1;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the last line of a node's own text. */
function nodeEnd(text: string, node: Node): number {
  const end = node.range![1];
  // Block collections end after their last line break; scalars end on their last character.
  return end > 0 && text[end - 1] === '\n' ? end : afterLineEnd(text, end - 1);
}

/** The record's text with its Document, for locating nodes. */
export class RecordText {
  readonly doc: Document.Parsed;
  constructor(readonly text: string) {
    this.doc = parseDocument(text, { keepSourceTokens: false });
  }

  /** A top-level list (`decisions`, `summits`, `sources`…), or undefined when absent. */
  list(key: string): YAMLSeq<Node> | undefined {
    const node = this.doc.get(key, true);
    return isSeq(node) ? (node as YAMLSeq<Node>) : undefined;
  }

  /** The item of a top-level list whose `id` is `id`. */
  itemById(key: string, id: string): { map: YAMLMap<unknown, unknown>; index: number } | undefined {
    const list = this.list(key);
    const index = list?.items.findIndex((item) => isMap(item) && item.get('id') === id) ?? -1;
    return list && index >= 0 ? { map: list.items[index] as YAMLMap<unknown, unknown>, index } : undefined;
  }

  /** The text before a list item's first key (`  - `), which new items copy. */
  private itemPrefix(item: Node): string {
    const start = item.range![0];
    const prefix = this.text.slice(lineStartOf(this.text, start), start);
    return /^ *- +$/.test(prefix) ? prefix : '  - ';
  }

  /**
   * A splice that adds a mapping to a top-level list: after the item at `afterIndex`, or at the
   * end of the list when `afterIndex` is the last item or undefined. Comments and blank lines
   * that introduce the next item stay with it.
   */
  insertItem(key: string, value: Record<string, YamlValue | undefined>, afterIndex?: number): Splice {
    const list = this.list(key);
    const pair = this.topLevelPair(key);
    if (!list || !pair) throw new Error(`the record has no list "${key}"`);
    if (list.flow || list.items.length === 0) {
      // `decisions: []` (a new record): the list becomes a block list holding the item.
      const lines = emitMapping(value, '  - ');
      const existing = list.items.map((item) => emitListItem(item.toJSON() as YamlValue, 2)).flat();
      const start = (pair.key as Node).range![1];
      return { start, end: nodeEnd(this.text, list), text: `:\n${[...existing, ...lines].join('\n')}\n` };
    }
    const index = afterIndex === undefined ? list.items.length - 1 : Math.min(afterIndex, list.items.length - 1);
    const before = list.items[index]!;
    const lines = emitMapping(value, this.itemPrefix(before));
    const at = nodeEnd(this.text, before);
    const needsBreak = at > 0 && this.text[at - 1] !== '\n';
    return { start: at, end: at, text: `${needsBreak ? '\n' : ''}${lines.join('\n')}\n` };
  }

  /** A splice that puts a new item just before the item at `index` of a top-level list (after the comments that introduce it). */
  insertItemBefore(key: string, value: Record<string, YamlValue | undefined>, index: number): Splice {
    const list = this.list(key);
    const item = list?.items[index];
    if (!list || !item || list.flow) return this.insertItem(key, value);
    const at = lineStartOf(this.text, item.range![0]);
    return { start: at, end: at, text: `${emitMapping(value, this.itemPrefix(item)).join('\n')}\n` };
  }

  private topLevelPair(key: string): Pair<unknown, unknown> | undefined {
    const contents = this.doc.contents;
    if (!isMap(contents)) return undefined;
    return contents.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<unknown, unknown> | undefined;
  }

  /**
   * Splices that set fields of a mapping in place: a field that exists is rewritten on its own
   * lines; a new one goes after the field that precedes it in `order`. Lists are extended with
   * the values they do not hold yet.
   */
  setFields(map: YAMLMap<unknown, unknown>, fields: Record<string, YamlValue | undefined>, order: readonly string[]): Splice[] {
    const splices: Splice[] = [];
    const pairs = map.items as Pair<Node, Node | null>[];
    const indentOf = (p: Pair<Node, Node | null>) => p.key.range![0] - lineStartOf(this.text, p.key.range![0]);
    const indent = pairs.length ? indentOf(pairs[0]!) : 4;
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && pair.value) {
        const current = pair.value;
        if (Array.isArray(value) && isSeq(current)) {
          const have = (current.toJSON() as unknown[]).map((v) => JSON.stringify(v));
          const added = value.filter((v) => !have.includes(JSON.stringify(v)));
          if (added.length === 0) continue;
          const merged = [...(current.toJSON() as YamlValue[]), ...added];
          if (!current.flow) {
            const at = nodeEnd(this.text, current);
            const first = current.items[0] as Node | undefined;
            const itemIndent = first?.range ? first.range[0] - lineStartOf(this.text, first.range[0]) - 2 : indent + 2;
            splices.push({ start: at, end: at, text: `${added.flatMap((v) => emitListItem(v, itemIndent)).join('\n')}\n` });
            continue;
          }
          splices.push({ start: lineStartOf(this.text, pair.key.range![0]), end: nodeEnd(this.text, current), text: `${emitPair(key, merged, indent).join('\n')}\n` });
          continue;
        }
        splices.push({ start: lineStartOf(this.text, pair.key.range![0]), end: nodeEnd(this.text, current), text: `${emitPair(key, value, indentOf(pair)).join('\n')}\n` });
        continue;
      }
      // A new field: after the last existing field that comes before it in the schema's order.
      const rank = order.indexOf(key);
      let after: Pair<Node, Node | null> | undefined;
      for (const p of pairs) {
        const r = order.indexOf(String((p.key as { value?: unknown }).value));
        if (r !== -1 && r < rank) after = p;
      }
      if (after) {
        const at = nodeEnd(this.text, (after.value ?? after.key) as Node);
        splices.push({ start: at, end: at, text: `${emitPair(key, value, indent).join('\n')}\n` });
      } else {
        const last = pairs[pairs.length - 1];
        const at = last ? nodeEnd(this.text, (last.value ?? last.key) as Node) : nodeEnd(this.text, map);
        splices.push({ start: at, end: at, text: `${emitPair(key, value, indent).join('\n')}\n` });
      }
    }
    return splices;
  }
}
