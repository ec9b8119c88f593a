import type { PlainDate } from '../calendar/plain-date';
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

/** Compares two parties in an alphabetical order on `date`; ties fall back to the ids. */
export function compareAlphabetical(model: Model, order: Extract<RotationOrder, { kind: 'alphabetical' }>, date: PlainDate, a: string, b: string): number {
  const collator = collatorFor(order.collation ?? order.language);
  return collator.compare(sortKey(model, a, date, order), sortKey(model, b, date, order)) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The eligible parties on `date` in the order's sequence (for a fixed schedule, the schedule's
 * entries that are eligible, duplicates kept).
 */
export function orderedParties(model: Model, order: RotationOrder, date: PlainDate): string[] {
  if (order.kind === 'alphabetical') {
    const members = [...model.membership.keys()].filter((p) => isEligible(model, p, date));
    return members.sort((a, b) => compareAlphabetical(model, order, date, a, b));
  }
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
  const ordered = orderedParties(model, order, date).filter(ok);
  if (ordered.length === 0) return undefined;
  if (position.party === null) return { party: ordered[0]!, index: -1 };
  const previous = position.party;
  const after = ordered.find((p) => p !== previous && compareAlphabetical(model, order, date, p, previous) > 0);
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
