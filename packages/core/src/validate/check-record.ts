import { addDuration } from '../calendar/duration';
import type { PlainDate } from '../calendar/plain-date';
import type { OrganizationRecord } from '../schema/record';
import { checkDepartures } from './checks/departures';
import { checkFutureDecisions } from './checks/future-decisions';
import { checkHorizon } from './checks/horizon';
import { checkUniqueIds } from './checks/ids';
import { checkMembership } from './checks/membership';
import { checkPeriods } from './checks/periods';
import { checkReferences } from './checks/references';
import { checkRules } from './checks/rules';
import { checkSources } from './checks/sources';
import { checkSummits } from './checks/summits';
import { checkTerms } from './checks/terms';
import { createContext } from './context';
import type { Diagnostic } from './diagnostic';
import { assertRecord, checkOptions } from '../model/_arguments';

/** Options for {@link checkRecord} and {@link validate}. */
export interface ValidateOptions {
  /** The day to judge staleness against (expired terms, past planned summits). Default: the record's `asOf`. */
  readonly today?: PlainDate;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The semantic checks on a record that already fits the schema: ids, references, sources,
 * periods, terms, membership, summits, rules, and departures from the rules. Rule checks run
 * only when references resolve, so one typo gives one diagnostic, not a cascade.
 * Diagnostics come sorted: errors first, then by path. The record is frozen, as a query freezes it.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record (use `validate` for unknown input).
 * @throws {InvalidDateError} when the `today` option is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know.
 */
export function checkRecord(record: OrganizationRecord, options: ValidateOptions = {}): Diagnostic[] {
  assertRecord(record);
  checkOptions('checkRecord', options, { today: 'date' });
  const out: Diagnostic[] = [];
  const ctx = createContext(record, options.today ?? record.asOf, out);
  const staleAfter = record.staleAfter ?? 'P6M';
  if (addDuration(record.asOf, staleAfter) <= ctx.today) ctx.report('STALE_RECORD', `the record is as of ${record.asOf}, older on ${ctx.today} than its staleAfter (${staleAfter})`, ['asOf']);
  checkUniqueIds(ctx);
  checkReferences(ctx);
  checkSources(ctx);
  checkSummits(ctx);
  checkRules(ctx);
  checkMembership(ctx);
  checkFutureDecisions(ctx, options.today);
  checkHorizon(ctx);
  if (!out.some((d) => d.severity === 'error')) {
    checkPeriods(ctx);
    checkTerms(ctx);
    if (!out.some((d) => d.severity === 'error')) checkDepartures(ctx);
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || comparePaths(a.path, b.path));
}

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
