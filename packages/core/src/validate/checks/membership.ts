import { earliestDay, latestDay, type PlainDate } from '../../calendar/plain-date';
import { effectiveDay } from '../../model/compile';
import type { MembershipStatus } from '../../model/types';
import type { Decision } from '../../schema/decision';
import type { CheckContext } from '../context';

const NEXT: Record<string, MembershipStatus> = { admit: 'member', observer: 'observer', suspend: 'suspended', reinstate: 'member', withdraw: 'withdrawn' };

/**
 * Whether every day a (possibly partial) `date` can mean is before `day`: its last day is. The
 * last day, not the day after it: the day after 9999-12-31 (or after the year or month 9999, or
 * 9999-12) is '10000-01-01', which sorts before every date as a string, so a decision dated
 * 9999-12-31 read as before any founding. No day arithmetic: a record of 100,000 decisions asks
 * this of each.
 */
export function endsBefore(date: string, day: PlainDate): boolean {
  return latestDay(date) < day;
}

/** Membership decisions change a party's standing, and nothing is dated before the founding. */
export function checkMembership(ctx: CheckContext): void {
  const { record } = ctx;
  const standing = new Map<string, MembershipStatus>();
  // Each decision's place in the record, built the first time one is reported.
  let index: Map<Decision, number> | undefined;
  // The compiled model already holds the decisions in the order they took effect.
  ctx.model.decisionsByDay.forEach((d) => {
    const next = NEXT[d.type];
    if (!next || !('party' in d) || d.party === undefined) return;
    const current = standing.get(d.party);
    const pointless =
      current === next ||
      (d.type === 'reinstate' && current !== 'suspended') ||
      (d.type === 'suspend' && current !== 'member') ||
      (d.type === 'withdraw' && (current === undefined || current === 'withdrawn'));
    if (pointless) {
      index ??= new Map(record.decisions.map((x, i) => [x, i]));
      ctx.report('MEMBERSHIP_SEQUENCE', `"${d.id}" (${d.type}) on ${effectiveDay(d)}: ${d.party} was ${current ?? 'not yet in the organization'}`, ['decisions', index.get(d)!]);
    }
    standing.set(d.party, next);
  });
  const founded = earliestDay(record.organization.founded.date);
  record.decisions.forEach((d, i) => {
    if (d.type === 'adopt' || d.type === 'other') return;
    if (endsBefore(d.date, founded)) ctx.report('BEFORE_FOUNDING', `decision "${d.id}" is dated ${d.date}, before the founding on ${record.organization.founded.date}`, ['decisions', i, 'date']);
  });
}
