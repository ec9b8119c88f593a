import type { PlainDate } from '../calendar/plain-date';
import { lastAtOrBefore } from '../calendar/search';
import { membershipOn, namesOn, type Model } from '../model/compile';
import type { RotationOrder } from '../schema/rule';

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    // Base sensitivity: "Türkiye" files under T with "Turkey"; case and accents only break ties.
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * The key a party is filed under in an alphabetical order on `date`: its sort name for the
 * order's language when the record gives one, else its name (or official name) in that
 * language, else its English name, else its id.
 */
export function sortKey(model: Model, party: string, date: PlainDate, order: Extract<RotationOrder, { kind: 'alphabetical' }>): string {
  const versions = model.partyNames.get(party);
  if (!versions) return party;
  const version = namesOn(versions, date);
  const sortName = version.sortNames?.[order.language];
  if (sortName) return sortName;
  const forms = version.names[order.language] ?? version.names.en;
  if (!forms) return party;
  return order.nameForm === 'official' ? (forms.official ?? forms.name) : forms.name;
}

/** Whether `party` may take a turn on `date`: a full member, not an observer, not suspended. */
export function isEligible(model: Model, party: string, date: PlainDate): boolean {
  return membershipOn(model, party, date)?.status === 'member';
}

/** An alphabetical order over one span of days in which no standing or name changes. */
interface AlphabeticalSpan {
  readonly ordered: readonly string[];
  readonly keys: ReadonlyMap<string, string>;
  /** Each eligible party's place in `ordered`. */
  readonly places: ReadonlyMap<string, number>;
}

/**
 * The eligible members in alphabetical order on `date`, with their sort keys. Orders only change
 * on the days standings or names change, so each span's order is computed once per record: a
 * projection of 100,000 periods sorts once per roster change, not once per period.
 */
function alphabeticalSpan(model: Model, order: Extract<RotationOrder, { kind: 'alphabetical' }>, date: PlainDate): AlphabeticalSpan {
  let spans = model.orderCache.get(order) as Map<number, AlphabeticalSpan> | undefined;
  if (!spans) {
    spans = new Map();
    model.orderCache.set(order, spans);
  }
  const index = lastAtOrBefore(model.changeDays, date);
  let span = spans.get(index);
  if (!span) {
    const collator = collatorFor(order.collation ?? order.language);
    const keys = new Map<string, string>();
    const members = [...model.membership.keys()].filter((p) => isEligible(model, p, date));
    for (const p of members) keys.set(p, sortKey(model, p, date, order));
    const ordered = members.sort((a, b) => collator.compare(keys.get(a)!, keys.get(b)!) || (a < b ? -1 : a > b ? 1 : 0));
    span = { ordered, keys, places: new Map(ordered.map((p, i) => [p, i])) };
    spans.set(index, span);
  }
  return span;
}

/**
 * The eligible parties on `date` in the order's sequence (for a fixed schedule, the schedule's
 * entries that are eligible, duplicates kept).
 */
export function orderedParties(model: Model, order: RotationOrder, date: PlainDate): string[] {
  if (order.kind === 'alphabetical') return [...alphabeticalSpan(model, order, date).ordered];
  return order.parties.filter((p) => isEligible(model, p, date));
}

/** Where a rotation stands: the last party whose turn it nominally was, and, for schedules, its index. */
export interface OrderPosition {
  readonly party: string | null;
  /** For a fixed schedule: the index of the last entry used; -1 before the first. */
  readonly index: number;
}

/**
 * The next eligible party after `position` in the order on `date`. The previous party need not
 * be eligible any more: a member that has left still anchors the next turn (its sort name, or
 * its place in the cycle, says who comes after it). Returns `undefined` when nobody is eligible
 * or a fixed schedule has run out.
 */
export function nextInOrder(model: Model, order: RotationOrder, date: PlainDate, position: OrderPosition, excluding?: string): OrderPosition | undefined {
  const ok = (p: string) => p !== excluding && isEligible(model, p, date);
  if (order.kind === 'fixed') {
    for (let i = position.index + 1; i < order.parties.length; i++) {
      const p = order.parties[i]!;
      if (ok(p)) return { party: p, index: i };
    }
    return undefined;
  }
  if (order.kind === 'cycle') {
    const n = order.parties.length;
    const at = position.party === null ? -1 : order.parties.indexOf(position.party);
    for (let step = 1; step <= n; step++) {
      const i = (((at + step) % n) + n) % n;
      const p = order.parties[i]!;
      if (ok(p)) return { party: p, index: i };
    }
    return undefined;
  }
  const span = alphabeticalSpan(model, order, date);
  const ordered = excluding === undefined ? span.ordered : span.ordered.filter((p) => p !== excluding);
  if (ordered.length === 0) return undefined;
  if (position.party === null) return { party: ordered[0]!, index: -1 };
  const previous = position.party;
  const place = span.places.get(previous);
  if (place !== undefined && excluding === undefined) {
    // The previous holder is still eligible: the next one is simply after it.
    return { party: span.ordered[(place + 1) % span.ordered.length]!, index: -1 };
  }
  const collator = collatorFor(order.collation ?? order.language);
  const previousKey = span.keys.get(previous) ?? sortKey(model, previous, date, order);
  const after = ordered.find((p) => p !== previous && (collator.compare(span.keys.get(p)!, previousKey) || (p < previous ? -1 : p > previous ? 1 : 0)) > 0);
  return { party: after ?? ordered.find((p) => p !== previous) ?? ordered[0]!, index: -1 };
}

/**
 * The position of `party` in the order, for continuing a rotation from a recorded holder.
 * For a fixed schedule, the first entry of `party` after `from`; the position is unchanged when
 * the schedule does not list it.
 */
export function positionOf(order: RotationOrder, party: string, from: OrderPosition): OrderPosition {
  if (order.kind === 'fixed') {
    const i = order.parties.indexOf(party, from.index + 1);
    return i === -1 ? { party, index: from.index } : { party, index: i };
  }
  return { party, index: -1 };
}
