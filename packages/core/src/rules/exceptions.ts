import type { PlainDate } from '../calendar/plain-date';
import { byDay, effectiveDay } from '../model/_days';
import type { Roster } from '../model/types';
import type { Decision, DeferDecision, ReplaceDecision, SkipDecision, SwapDecision } from '../schema/decision';
import type { RotationOrder } from '../schema/rule';
import { nextInOrder, positionOf, type OrderPosition } from './order';

/** A decision that changes who takes a turn: skip, defer, swap or replace. */
export type RotationException = SkipDecision | DeferDecision | SwapDecision | ReplaceDecision;

/** Whether a decision is a rotation exception for `office`. */
export function isRotationException(d: Decision, office: string): d is RotationException {
  return (d.type === 'skip' || d.type === 'defer' || d.type === 'swap' || d.type === 'replace') && d.office === office;
}

/** A turn owed by a swap or a defer: when `whenNominal`'s turn comes, `party` takes it. */
interface Owed {
  readonly whenNominal: string;
  readonly party: string;
  readonly decision: string;
}

/**
 * A rotation in progress: the nominal position (whose turn it would have been, which decides
 * who comes next), the exceptions decided but not yet applied, and the turns owed by swaps.
 */
export interface RotationState {
  readonly position: OrderPosition;
  readonly pending: PendingExceptions;
  readonly owed: readonly Owed[];
}

/**
 * Exceptions decided but not yet applied, in effective-day order: `queue[from..]` are those not
 * yet due by any turn asked so far; `released` those that came due and wait for their party's turn.
 * A turn looks only at `released`, so a replay costs turns + exceptions, not turns × exceptions.
 */
export interface PendingExceptions {
  readonly queue: readonly RotationException[];
  readonly from: number;
  readonly released: readonly RotationException[];
}

/** Exceptions waiting for their turns, sorted by effective day (same-day ones keep their order). */
export function pendingExceptions(exceptions: readonly RotationException[]): PendingExceptions {
  return { queue: [...exceptions].sort(byDay), from: 0, released: [] };
}

/** One turn: who takes it, whose turn it nominally was, and the decisions that made a difference. */
export interface Turn {
  readonly holder: string;
  readonly nominal: string;
  readonly explainedBy: readonly string[];
  readonly state: RotationState;
}

/** A new rotation that continues after `party` (or starts at the top of the order when null). */
export function startRotation(order: RotationOrder, party: string | null, exceptions: readonly RotationException[] | PendingExceptions = []): RotationState {
  const position = party === null ? { party: null, index: -1 } : positionOf(order, party, { party: null, index: -1 });
  return { position, pending: 'queue' in exceptions ? exceptions : pendingExceptions(exceptions), owed: [] };
}

/**
 * The next turn on `date` under `order`, applying the exceptions decided on or before `date`:
 * - skip: the party loses its turn; the next eligible party takes it and the rotation goes on
 *   from there;
 * - swap: the two parties exchange their next turns; the rotation goes on in its own order;
 * - defer: a swap with the party after it: it takes the following turn instead;
 * - replace: another party holds this one turn; the rotation goes on as if the scheduled party had.
 * A turn whose start is known only within a window (a projected turn of an event-driven
 * rotation) takes the exceptions decided before the window's last day (`decidedBy`): it has
 * not begun when they are decided, so a swap decided then exchanges that turn, not the next.
 * Returns `undefined` when nobody is eligible or a fixed schedule has run out.
 */
export function nextTurn(model: Roster, order: RotationOrder, date: PlainDate, state: RotationState, decidedBy: PlainDate = date): Turn | undefined {
  // Copy on write: most turns apply no exception, and a projection takes many turns.
  // Exceptions due by `decidedBy` move from the sorted queue to `released`, which alone is
  // searched: those left in the queue take effect later, so none of them applies to this turn.
  const { queue } = state.pending;
  let from = state.pending.from;
  let pending = state.pending.released;
  if (from < queue.length && effectiveDay(queue[from]!) <= decidedBy) {
    const released = [...pending];
    while (from < queue.length && effectiveDay(queue[from]!) <= decidedBy) released.push(queue[from++]!);
    pending = released;
  }
  const position = nextInOrder(model, order, date, state.position);
  if (!position) return undefined;
  // No exception waiting and no turn owed (most turns): the nominal party takes it, and nothing
  // is searched (nor allocated for a search: a replay of 100,000 turns made 30 MB of it).
  if (pending.length === 0 && state.owed.length === 0) return { holder: position.party!, nominal: position.party!, explainedBy: [], state: { ...state, position } };
  return withExceptions(model, order, date, state, decidedBy, position, pending, from);
}

/** {@link nextTurn} where exceptions wait or turns are owed: `pending` and `from` as it released them. */
function withExceptions(model: Roster, order: RotationOrder, date: PlainDate, state: RotationState, decidedBy: PlainDate, position: OrderPosition, pending: readonly RotationException[], from: number): Turn | undefined {
  const due = (d: RotationException) => effectiveDay(d) <= decidedBy;
  let owed = state.owed;
  const explainedBy: string[] = [];
  for (let guard = 0; guard < 64; guard++) {
    const skip = pending.find((d) => d.type === 'skip' && due(d) && d.party === position!.party);
    if (!skip) break;
    pending = pending.filter((d) => d !== skip);
    explainedBy.push(skip.id);
    const after = nextInOrder(model, order, date, position);
    if (!after) return undefined;
    position = after;
  }
  const nominal = position.party!;
  let holder = nominal;
  const owedTurn = owed.find((o) => o.whenNominal === nominal);
  if (owedTurn) {
    holder = owedTurn.party;
    owed = owed.filter((o) => o !== owedTurn);
    explainedBy.push(owedTurn.decision);
  } else {
    const swap = pending.find((d): d is SwapDecision => d.type === 'swap' && due(d) && d.parties.includes(nominal));
    const defer = pending.find((d): d is DeferDecision => d.type === 'defer' && due(d) && d.party === nominal);
    if (swap) {
      const other = swap.parties[0] === nominal ? swap.parties[1] : swap.parties[0];
      holder = other;
      owed = [...owed, { whenNominal: other, party: nominal, decision: swap.id }];
      pending = pending.filter((d) => d !== swap);
      explainedBy.push(swap.id);
    } else if (defer) {
      const after = nextInOrder(model, order, date, position);
      if (after?.party) {
        holder = after.party;
        owed = [...owed, { whenNominal: after.party, party: nominal, decision: defer.id }];
      }
      pending = pending.filter((d) => d !== defer);
      explainedBy.push(defer.id);
    }
  }
  const replace = pending.find((d): d is ReplaceDecision => d.type === 'replace' && due(d) && d.party === holder);
  if (replace) {
    holder = replace.with;
    pending = pending.filter((d) => d !== replace);
    explainedBy.push(replace.id);
  }
  const unchanged = pending === state.pending.released && from === state.pending.from;
  return { holder, nominal, explainedBy, state: { position, pending: unchanged ? state.pending : { queue: state.pending.queue, from, released: pending }, owed } };
}

/**
 * The state after a recorded turn that the rule did not predict: the rotation goes on from the
 * party that actually held the office (its place in the order anchors the next turn).
 */
export function resyncRotation(order: RotationOrder, state: RotationState, actual: string): RotationState {
  return { ...state, position: positionOf(order, actual, state.position) };
}
