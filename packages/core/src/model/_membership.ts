// Who is a member on a day, under which names: lookups the rules and queries share, apart from
// compile.ts so that the rules need not import the compiler.
import type { PlainDate } from '../calendar/plain-date';
import type { MembershipPeriod, NameVersion, Roster } from './types';

/** The names in force on `date` from a list of versions. */
export function namesOn(versions: readonly NameVersion[], date: PlainDate): NameVersion {
  let found = versions[0]!;
  for (const v of versions) if (v.start <= date) found = v;
  return found;
}

/** A party's standing on `date`, or `undefined` when it had none. */
export function membershipOn(model: Pick<Roster, 'membership'>, party: string, date: PlainDate): MembershipPeriod | undefined {
  const list = model.membership.get(party);
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const p = list[i]!;
    if (p.start <= date) return p.end === null || date < p.end ? p : undefined;
  }
  return undefined;
}
