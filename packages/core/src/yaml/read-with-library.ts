import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A text read by the `yaml` library: the value and the position of each node, or the first error. */
export type LibraryRead =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** The offset where the node at `path` starts (its key's with `key`), or the nearest enclosing node's; `undefined` when there is none. */
      offsetOf(path: readonly (string | number)[], key?: boolean): number | undefined;
      /** The 1-based line and column of an offset. */
      positionOf(offset: number): { line: number; column: number };
    }
  | {
      readonly ok: false;
      /** YAML_TOO_DEEP when the library ran out of stack, YAML_SYNTAX otherwise. */
      readonly code: 'YAML_SYNTAX' | 'YAML_TOO_DEEP';
      readonly message: string;
      /** Where the error is, when the library says. */
      readonly position: { line: number; column: number } | undefined;
    };

/** The node at a path (its key's node with `keyOfLast`), or the nearest enclosing node when the path does not exist. */
function nodeAt(root: Node | null, path: readonly (string | number)[], keyOfLast = false): Node | null {
  let node: Node | null = root;
  let found: Node | null = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as { value?: unknown } | null;
        return k !== null && typeof k === 'object' && String(k.value) === String(key);
      });
      if (!pair) break;
      if (keyOfLast && i === path.length - 1) return pair.key as Node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
      if (pair.value === null) {
        found = pair.key as Node;
        break;
      }
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      node = item;
    } else break;
    found = node;
  }
  return found;
}

/**
 * Reads YAML 1.2 text (without lone CRs) with the `yaml` library: duplicate keys are errors,
 * at most 100 aliases are expanded, and a stack overflow on hostile nesting is reported as
 * YAML_TOO_DEEP rather than thrown.
 */
export function readWithLibrary(source: string): LibraryRead {
  const lineCounter = new LineCounter();
  const positionOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const tooDeep = { ok: false, code: 'YAML_TOO_DEEP', message: '', position: undefined } as const;
  let doc;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep;
    throw error;
  }
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, code: 'YAML_SYNTAX', message, position: positionOf(first.pos[0]) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep;
    return { ok: false, code: 'YAML_SYNTAX', message: error instanceof Error ? error.message : String(error), position: undefined };
  }
  const contents = doc.contents as Node | null;
  return {
    ok: true,
    value,
    offsetOf: (path, key = false) => nodeAt(contents, path, key)?.range?.[0],
    positionOf,
  };
}
