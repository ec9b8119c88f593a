import type { PlainDate } from '../calendar/plain-date';
import type { Tenure } from '../model/types';
import type { Decision } from '../schema/decision';
import type { Party } from '../schema/party';
import type { OrganizationRecord } from '../schema/record';
import { project } from './project';
import { assertRecord, checkDate, checkOptions } from '../model/_arguments';

/** Throws unless `changes` is `{ decisions: [...], parties?: [...] }` (`decisions` may be empty, not left out). */
function checkChanges(fn: string, changes: WhatIfChanges): void {
  checkOptions(fn, changes, { decisions: 'array', parties: 'array' });
  if (!changes.decisions) checkOptions(fn, { decisions: null }, { decisions: 'array' });
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> & { id?: string } : never;

/** Hypothetical decisions (an admission, a withdrawal, a skip, a swap...) and any new parties they need. */
export interface WhatIfChanges {
  readonly decisions: readonly WithoutId<Decision>[];
  readonly parties?: readonly Party[];
}

/** Options for {@link whatIf}. */
export interface WhatIfOptions {
  readonly today: PlainDate;
  /** Periods to project per office (default 8). */
  readonly count?: number;
  /** The offices to compare (default: every office). */
  readonly offices?: readonly string[];
}

/** The projection of one office before and after the hypothetical changes. */
export interface WhatIfOffice {
  readonly office: string;
  readonly before: readonly Tenure[];
  readonly after: readonly Tenure[];
  /** The index of the first projected period that differs, or null when none does. */
  readonly firstDifference: number | null;
}

function sameTenure(a: Tenure | undefined, b: Tenure | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.start === b.start &&
    a.end === b.end &&
    a.holder.party === b.holder.party &&
    a.holder.person === b.holder.person
  );
}

/**
 * The record with hypothetical changes applied. The input record is not modified.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {TurnusError} `E_INVALID_OPTION` when `changes` is not `{ decisions: [...], parties?: [...] }`.
 */
export function applyChanges(record: OrganizationRecord, changes: WhatIfChanges): OrganizationRecord {
  assertRecord(record);
  checkChanges('applyChanges', changes);
  const decisions = changes.decisions.map((d, i) => ({ ...d, id: d.id ?? `what-if-${i + 1}` }) as Decision);
  return {
    ...record,
    parties: [...record.parties, ...(changes.parties ?? [])],
    decisions: [...record.decisions, ...decisions],
  };
}

/**
 * How hypothetical changes would change the projections: for each office, the projected periods
 * before and after, and where they first differ. Pure: the record is not modified (it is frozen,
 * as every record a query reads).
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {UnknownReferenceError} when `offices` names an office the record does not have.
 * @throws {InvalidDateError} when `today` is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know, or `changes` not `{ decisions: [...] }`.
 * @example
 * whatIf(ots, { decisions: [{ type: 'admit', party: 'TM', date: '2027-01-01' }] }, { today: '2026-11-28' })
 */
export function whatIf(record: OrganizationRecord, changes: WhatIfChanges, options: WhatIfOptions): WhatIfOffice[] {
  const changed = applyChanges(record, changes);
  checkOptions('whatIf', options, { today: 'date', count: 'count', offices: 'string[]' });
  checkDate(options.today, 'whatIf: option today');
  const count = options.count ?? 8;
  const offices = options.offices ?? record.offices.map((o) => o.id);
  return offices.map((office) => {
    const before = project(record, office, { today: options.today, count });
    const after = project(changed, office, { today: options.today, count });
    let firstDifference: number | null = null;
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (!sameTenure(before[i], after[i])) {
        firstDifference = i;
        break;
      }
    }
    return { office, before, after, firstDifference };
  });
}
