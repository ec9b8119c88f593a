import { afterLatestDay, earliestDay } from '../../calendar/plain-date';
import { effectiveDay } from '../../model/compile';
import type { MembershipStatus } from '../../model/types';
import type { CheckContext } from '../context';

const NEXT: Record<string, MembershipStatus> = { admit: 'member', observer: 'observer', suspend: 'suspended', reinstate: 'member', withdraw: 'withdrawn' };

/** Membership decisions change a party's standing, and nothing is dated before the founding. */
export function checkMembership(ctx: CheckContext): void {
  const { record } = ctx;
  const standing = new Map<string, MembershipStatus>();
  // The compiled model already holds the decisions in the order they took effect.
  const index = new Map(record.decisions.map((d, i) => [d, i]));
  for (const d of ctx.model.decisionsByDay) {
    const i = index.get(d)!;
    const next = NEXT[d.type];
    if (!next || !('party' in d) || d.party === undefined) continue;
    const current = standing.get(d.party);
    const pointless =
      current === next ||
      (d.type === 'reinstate' && current !== 'suspended') ||
      (d.type === 'suspend' && current !== 'member') ||
      (d.type === 'withdraw' && (current === undefined || current === 'withdrawn'));
    if (pointless) ctx.report('MEMBERSHIP_SEQUENCE', `"${d.id}" (${d.type}) on ${effectiveDay(d)}: ${d.party} was ${current ?? 'not yet in the organization'}`, ['decisions', i]);
    standing.set(d.party, next);
  }
  const founded = earliestDay(record.organization.founded.date);
  record.decisions.forEach((d, i) => {
    if (d.type === 'adopt' || d.type === 'other') return;
    if (afterLatestDay(d.date) <= founded) ctx.report('BEFORE_FOUNDING', `decision "${d.id}" is dated ${d.date}, before the founding on ${record.organization.founded.date}`, ['decisions', i, 'date']);
  });
}
