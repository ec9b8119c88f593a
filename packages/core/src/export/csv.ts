import type { PlainDate } from '../calendar/plain-date';
import { compile, partyName } from '../model/compile';
import type { Tenure } from '../model/types';
import { project } from '../query/project';
import type { OrganizationRecord } from '../schema/record';
import { dateField } from './_date-field';
import { checkOptions } from '../model/_arguments';

/** Options for {@link exportCsv}. */
export interface CsvOptions {
  /** Only this office (default: every office). */
  readonly office?: string;
  /** With `today`, projected periods after the record are added (`projected` of them per office, default 5). */
  readonly today?: PlainDate;
  readonly projected?: number;
}

/**
 * The columns of the periods CSV, in order. Each date (`start`, `end`, `term_end`) is written as
 * precisely as it is known — a day, `2026-05` or `2014`, or `2015-07/2016-06` for a window that
 * is no single month or year — with its `_precision` (`day`, `month`, `year`, `window`; for
 * `term_end` also `unknown`, when a term was extended for a length no source gives) and its
 * `_before`: the exclusive bound a source sets inside the month or year ("in office by
 * 29 December 2014": `2014-12-29`), else empty. No column holds a day no source gave.
 */
export const CSV_COLUMNS = [
  'org',
  'office',
  'party',
  'party_name',
  'person',
  'person_name',
  'start',
  'start_precision',
  'start_before',
  'end',
  'end_precision',
  'end_before',
  'term_end',
  'term_end_precision',
  'term_end_before',
  'basis',
  'rule',
  'decisions',
  'sources',
] as const;

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double the quotes. */
function field(value: string | null | undefined): string {
  const text = value ?? '';
  // A leading =, +, - or @ would make spreadsheets run the cell as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function dateColumns(day: PlainDate, precision: Tenure['startPrecision'], until: PlainDate | undefined): [string, string, string] {
  const f = dateField(day, precision, until);
  return [f.text, f.precision, f.before ?? ''];
}

/**
 * Every period of every office (or of one) as CSV (RFC 4180, CRLF line ends, a header row),
 * recorded first and then, with `today`, projected. Names are as they were at each period's start.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 * @throws {InvalidDateError} when `today` is not a real calendar date.
 * @throws {TurnusError} `E_INVALID_OPTION` for an option it does not know or of the wrong kind.
 * @example exportCsv(ots, { office: 'chair' }).split('\r\n')[1] // 'ots,chair,TR,Turkey,,,2010-09-16,day,,2011-10-21,day,,,,,recorded,,...'
 */
export function exportCsv(record: OrganizationRecord, options: CsvOptions = {}): string {
  const model = compile(record);
  checkOptions('exportCsv', options, { office: 'string', today: 'date', projected: 'count' });
  const offices = options.office ? [options.office] : record.offices.map((o) => o.id);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  const row = (t: Tenure) => {
    const person = t.holder.person ? model.people.get(t.holder.person) : undefined;
    return [
      record.organization.id,
      t.office,
      t.holder.party,
      t.holder.party ? partyName(model, t.holder.party, t.start) : '',
      t.holder.person,
      person ? (person.names.en ?? Object.values(person.names)[0]) : '',
      ...dateColumns(t.start, t.startPrecision, t.startUncertainUntil),
      ...(t.end === null ? ['', '', ''] : dateColumns(t.end, t.endPrecision ?? 'day', t.endUncertainUntil)),
      ...(t.termEndUnknown ? ['', 'unknown', ''] : t.termEnd ? dateColumns(t.termEnd, 'day', t.termEndUncertainUntil) : ['', '', '']),
      t.basis,
      t.rule,
      t.decisions.join(';'),
      t.sources.join(';'),
    ]
      .map(field)
      .join(',');
  };
  for (const office of offices) {
    for (const t of model.tenures.get(office) ?? []) rows.push(row(t));
    if (options.today) for (const t of project(record, office, { today: options.today, count: options.projected ?? 5 })) rows.push(row(t));
  }
  return rows.join('\r\n') + '\r\n';
}
