import type { PlainDate } from '../calendar/plain-date';
import { lastAtOrBefore } from '../calendar/search';
import { membershipOn, namesOn } from '../model/_membership';
import type { Roster } from '../model/types';
import { alphabeticalSpans, filingOf, keyRanksByFiling, nameChangeDays, standingChanges } from '../model/indexes';
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
export function sortKey(model: Roster, party: string, date: PlainDate, order: Extract<RotationOrder, { kind: 'alphabetical' }>): string {
  const versions = model.partyNames.get(party);
  if (!versions) return party;
  const version = namesOn(versions, date);
  const sortName = version.sortNames?.[order.language];
  if (sortName) return sortName;
  const forms = version.names[order.language] ?? version.names.en;
  if (!forms) return party;
  return order.nameForm === 'official' ? (forms.official ?? forms.name) : forms.name;
}

/**
 * Whether `party` may take a turn on `date`: a full member, not an observer, not suspended, and,
 * when the order's rule restricts it (`eligible: founding-members` or `{ parties }`), among them.
 */
export function isEligible(model: Roster, party: string, date: PlainDate, order?: RotationOrder): boolean {
  if (membershipOn(model, party, date)?.status !== 'member') return false;
  const among = order && model.eligibleAmong.get(order);
  return among === undefined || among.has(party);
}

/** An alphabetical order over one span of days in which no standing or name changes. */
export interface AlphabeticalSpan {
  /** The eligible parties, by the rank of their sort key, then by id. */
  readonly ordered: readonly string[];
  readonly keys: Map<string, string>;
  readonly ranks: ReadonlyMap<string, number>;
  /** Where the next search for a place starts: after the last place found (turns go round the order). */
  next?: number;
}

/** The first place in a span's order (by rank, then id) that is not before `party`'s. */
function placeFor(ordered: readonly string[], rankOf: (p: string) => number, party: string): number {
  const r = rankOf(party);
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const q = ordered[mid]!;
    const rq = rankOf(q);
    if (rq < r || (rq === r && q < party)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The place of `party` in the span's order (parties appear once), -1 when it has none. A rotation
 * asks for each holder in turn, so the place after the last one found nearly always answers; a
 * miss is a binary search by rank (a scan cost offices × roster changes × parties; a map of
 * places per span, millions of entries for a handful of questions each).
 */
function placeOf(span: AlphabeticalSpan, party: string): number {
  const { ordered } = span;
  let place = span.next ?? -1;
  if (ordered[place] !== party) {
    place = placeFor(ordered, (p) => span.ranks.get(span.keys.get(p)!) ?? Number.MAX_SAFE_INTEGER, party);
    if (ordered[place] !== party) place = -1;
  }
  span.next = (place + 1) % ordered.length;
  return place;
}

/**
 * The eligible members in alphabetical order on `date`, with their sort keys. Orders only change
 * on the days standings or names change, so each span's order is computed once per record: a
 * projection of 100,000 periods sorts once per roster change, not once per period.
 */
function alphabeticalSpan(model: Roster, order: Extract<RotationOrder, { kind: 'alphabetical' }>, date: PlainDate): AlphabeticalSpan {
  const spans = alphabeticalSpans(model, order);
  const index = lastAtOrBefore(model.changeDays, date);
  let span = spans.get(index);
  if (!span) {
    const ranks = keyRanks(model, order);
    const previous = spans.get(index - 1);
    const day = model.changeDays[index];
    span =
      previous && day !== undefined && !nameChangeDays(model).has(day)
        ? nextSpan(model, order, date, previous, standingChanges(model).get(day) ?? [], ranks)
        : sortedSpan(model, order, date, [...model.membership.keys()].filter((p) => isEligible(model, p, date, order)), ranks);
    spans.set(index, span);
  }
  return span;
}

function sortedSpan(model: Roster, order: Extract<RotationOrder, { kind: 'alphabetical' }>, date: PlainDate, members: string[], ranks: ReadonlyMap<string, number>): AlphabeticalSpan {
  const keys = new Map<string, string>();
  for (const p of members) keys.set(p, sortKey(model, p, date, order));
  const ranked = members.map((p) => ({ p, r: ranks.get(keys.get(p)!) ?? Number.MAX_SAFE_INTEGER }));
  ranked.sort((a, b) => a.r - b.r || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
  return { ordered: ranked.map((x) => x.p), keys, ranks };
}

/**
 * The span after a day on which only standings changed (no names): the previous order without
 * the parties that left, with the newcomers inserted by rank. A record with 2,000 members and
 * hundreds of admissions then never re-sorts the whole roster.
 */
function nextSpan(model: Roster, order: Extract<RotationOrder, { kind: 'alphabetical' }>, date: PlainDate, previous: AlphabeticalSpan, changed: readonly string[], ranks: ReadonlyMap<string, number>): AlphabeticalSpan {
  // No names changed: a party's key is the same as in the previous span, so the map is shared.
  const keys = previous.keys;
  // Each span's order is a new array made by one copy of its exact size per change: a record
  // keeps a span per roster change (3,584 among up to 1,726 members in the roster corpus), and a
  // copy that was then spliced into re-allocated it (50 MB per validate); a leaver is found by a
  // binary search, not a scan.
  let ordered = previous.ordered;
  const rankOf = (p: string) => ranks.get(keys.get(p)!) ?? Number.MAX_SAFE_INTEGER;
  for (const p of changed) {
    let at = placeFor(ordered, rankOf, p);
    if (ordered[at] !== p) at = -1;
    const eligible = isEligible(model, p, date, order);
    if (at >= 0 && !eligible) ordered = spliced(ordered, at, 1);
    if (at >= 0 || !eligible) continue;
    keys.set(p, sortKey(model, p, date, order));
    ordered = spliced(ordered, placeFor(ordered, rankOf, p), 0, p);
  }
  return { ordered, keys, ranks };
}

/** `list` with `removed` parties at `at` taken out and `added` put in: one new array of its exact size. */
function spliced(list: readonly string[], at: number, removed: number, added?: string): string[] {
  const shift = (added === undefined ? 0 : 1) - removed;
  const out = new Array<string>(list.length + shift);
  for (let i = 0; i < at; i++) out[i] = list[i]!;
  if (added !== undefined) out[at] = added;
  for (let i = at + removed; i < list.length; i++) out[i + shift] = list[i]!;
  return out;
}


/**
 * Every sort key any party ever has under this order, ranked once by the collator (equal keys
 * share a rank): each span then sorts by integers, so a record with thousands of members and
 * hundreds of roster changes does not call the collator millions of times.
 */
function keyRanks(model: Roster, order: Extract<RotationOrder, { kind: 'alphabetical' }>): Map<string, number> {
  const byFiling = keyRanksByFiling(model);
  // By what decides the ranks (not by order object): orders that file alike rank alike.
  const filing = filingOf(order);
  let ranks = byFiling.get(filing);
  if (!ranks) {
    const collator = collatorFor(order.collation ?? order.language);
    const all = new Set<string>();
    for (const [party, versions] of model.partyNames) for (const v of versions) all.add(sortKey(model, party, v.start, order));
    const sorted = [...all].sort(collator.compare);
    ranks = new Map();
    let rank = 0;
    sorted.forEach((key, i) => {
      if (i > 0 && collator.compare(sorted[i - 1]!, key) !== 0) rank++;
      ranks!.set(key, rank);
    });
    byFiling.set(filing, ranks);
  }
  return ranks;
}

/**
 * The eligible parties on `date` in the order's sequence (for a fixed schedule, the schedule's
 * entries that are eligible, duplicates kept).
 */
export function orderedParties(model: Roster, order: RotationOrder, date: PlainDate): string[] {
  if (order.kind === 'alphabetical') return [...alphabeticalSpan(model, order, date).ordered];
  return order.parties.filter((p) => isEligible(model, p, date, order));
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
export function nextInOrder(model: Roster, order: RotationOrder, date: PlainDate, position: OrderPosition, excluding?: string): OrderPosition | undefined {
  if (order.kind !== 'fixed' && order.kind !== 'cycle') {
    const span = alphabeticalSpan(model, order, date);
    const ordered = excluding === undefined ? span.ordered : span.ordered.filter((p) => p !== excluding);
    if (ordered.length === 0) return undefined;
    if (position.party === null) return { party: ordered[0]!, index: -1 };
    const previous = position.party;
    const place = placeOf(span, previous);
    if (place >= 0 && excluding === undefined) {
      // The previous holder is still eligible: the next one is simply after it.
      return { party: span.ordered[(place + 1) % span.ordered.length]!, index: -1 };
    }
    const collator = collatorFor(order.collation ?? order.language);
    const previousKey = span.keys.get(previous) ?? sortKey(model, previous, date, order);
    const after = ordered.find((p) => p !== previous && (collator.compare(span.keys.get(p)!, previousKey) || (p < previous ? -1 : p > previous ? 1 : 0)) > 0);
    return { party: after ?? ordered.find((p) => p !== previous) ?? ordered[0]!, index: -1 };
  }
  // Made here, after the alphabetical case, which asks for it on every turn but needs it never.
  const ok = (p: string) => p !== excluding && isEligible(model, p, date, order);
  if (order.kind === 'fixed') {
    for (let i = position.index + 1; i < order.parties.length; i++) {
      const p = order.parties[i]!;
      if (ok(p)) return { party: p, index: i };
    }
    return undefined;
  }
  const n = order.parties.length;
  const at = position.party === null ? -1 : order.parties.indexOf(position.party);
  for (let step = 1; step <= n; step++) {
    const i = (((at + step) % n) + n) % n;
    const p = order.parties[i]!;
    if (ok(p)) return { party: p, index: i };
  }
  return undefined;
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
