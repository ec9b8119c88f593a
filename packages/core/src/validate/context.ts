import { afterLatestDay, earliestDay, type PlainDate } from '../calendar/plain-date';
import { compile, type Model } from '../model/compile';
import type { OrganizationRecord } from '../schema/record';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';
import type { Diagnostic, Severity } from './diagnostic';

/** What every check reads: the record, its compiled model, "today", and helpers to report. */
export interface CheckContext {
  readonly record: OrganizationRecord;
  readonly model: Model;
  readonly today: PlainDate;
  /** The path of a decision by id: `['decisions', 12]`. */
  decisionPath(id: string): (string | number)[];
  /** The id of a declared gap that covers `office` (or `person`) over `[from, to)`, if any. */
  gapCovering(subject: { office?: string; person?: string }, from: PlainDate, to: PlainDate): string | undefined;
  report(code: DiagnosticCode, message: string, path: readonly (string | number)[], options?: { severity?: Severity; hint?: string }): void;
}

export function createContext(record: OrganizationRecord, today: PlainDate, out: Diagnostic[]): CheckContext {
  const model = compile(record);
  // Built the first time a check reports on a decision: a valid record never needs it.
  let decisionIndex: Map<string, number> | undefined;
  return {
    record,
    model,
    today,
    decisionPath: (id) => {
      decisionIndex ??= new Map(record.decisions.map((d, i) => [d.id, i]));
      const i = decisionIndex.get(id);
      return i === undefined ? ['decisions'] : ['decisions', i];
    },
    gapCovering: (subject, from, to) =>
      (record.gaps ?? []).find(
        (g) =>
          // A gap explains diagnostics only over the span it declares.
          g.from !== undefined &&
          ((subject.office !== undefined && g.office === subject.office) || (subject.person !== undefined && g.person === subject.person)) &&
          earliestDay(g.from) <= to &&
          (g.to === undefined || afterLatestDay(g.to) > from),
      )?.id,
    report: (code, message, path, options = {}) => {
      out.push({
        severity: options.severity ?? DIAGNOSTIC_CODES[code].severity,
        code,
        message,
        path,
        hint: options.hint ?? DIAGNOSTIC_CODES[code].hint,
      });
    },
  };
}
