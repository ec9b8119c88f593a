import type { PlainDate } from '../calendar/plain-date';
import { compile, membershipOn, namesOn, partyName } from '../model/compile';
import type { Holding, MembershipStatus } from '../model/types';
import type { LocalizedNames } from '../schema/common';
import type { OrganizationRecord } from '../schema/record';
import { checkDate, checkOptions } from '../model/_arguments';
import { holderOn, type HolderOnOptions } from './holder-on';
import { unfilledSeatsOn, type UnfilledSeats } from './_roster';

/** A party's standing on a day, and since when it has had it. */
export interface Standing {
  readonly party: string;
  readonly status: MembershipStatus;
  readonly since: PlainDate;
  readonly decision: string;
}

/** The organization as it stood on one day. */
export interface OrganizationState {
  readonly organization: string;
  readonly date: PlainDate;
  /** The organization's names that day, per language. */
  readonly names: LocalizedNames;
  readonly members: readonly Standing[];
  readonly observers: readonly Standing[];
  readonly suspended: readonly Standing[];
  /** Who held each office that day, by office id. */
  readonly offices: Readonly<Record<string, Holding>>;
  /**
   * Seats of term-limited memberships (elected seats) that ended with no recorded successor:
   * `members` is then incomplete. Absent when the roster is known.
   */
  readonly unfilledSeats?: UnfilledSeats;
}

/** What stateOn takes besides the record and the day: holderOn's options, and how names are ordered. */
export interface StateOnOptions extends HolderOnOptions {
  /**
   * Orders the names of members of equal seniority: English alphabetical order,
   * `a.localeCompare(b, 'en')`, unless given. (A command line that must not pay for ICU's start-up,
   * some 5 ms, gives its own with the same answers.)
   */
  readonly compareNames?: (a: string, b: string) => number;
}

const englishOrder = (a: string, b: string): number => a.localeCompare(b, 'en');

/**
 * The organization on `date`: its name, members, observers, suspended members, and the holder
 * of every office (the chair and the Secretary-General among them).
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {InvalidDateError} when `date` (or the `today` option) is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know, or a `compareNames` that is not a function.
 * @example stateOn(ots, '2021-11-12').observers.map((s) => s.party) // ['HU', 'TM']
 */
export function stateOn(record: OrganizationRecord, date: PlainDate, options: StateOnOptions = {}): OrganizationState {
  const model = compile(record);
  checkDate(date, 'stateOn: date');
  checkOptions('stateOn', options, { today: 'date', compareNames: 'function' });
  const standings: Standing[] = [];
  for (const party of model.membership.keys()) {
    const period = membershipOn(model, party, date);
    if (!period || period.status === 'withdrawn') continue;
    // "Since" counts from the start of the unbroken run of this status.
    const periods = model.membership.get(party)!;
    let i = periods.indexOf(period);
    while (i > 0 && periods[i - 1]!.status === period.status && periods[i - 1]!.end === periods[i]!.start) i--;
    standings.push({ party, status: period.status, since: periods[i]!.start, decision: period.decision });
  }
  // By seniority, then by English name (Kazakhstan before Kyrgyzstan), as a reader expects.
  const name = (party: string) => partyName(model, party, date);
  const compareNames = options.compareNames ?? englishOrder;
  standings.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : compareNames(name(a.party), name(b.party))));
  const offices: Record<string, Holding> = {};
  for (const office of record.offices) offices[office.id] = holderOn(record, office.id, date);
  const unfilled = unfilledSeatsOn(model, date);
  return {
    organization: record.organization.id,
    date,
    names: namesOn(model.organizationNames, date).names,
    members: standings.filter((s) => s.status === 'member'),
    observers: standings.filter((s) => s.status === 'observer'),
    suspended: standings.filter((s) => s.status === 'suspended'),
    offices,
    ...(unfilled ? { unfilledSeats: unfilled } : {}),
  };
}
