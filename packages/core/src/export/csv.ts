import type { PlainDate } from '../calendar/plain-date';
import { compile, partyName } from '../model/compile';
import type { Tenure } from '../model/types';
import { project } from '../query/project';
import type { OrganizationRecord } from '../schema/record';

/** Options for {@link exportCsv}. */
export interface CsvOptions {
  /** Only this office (default: every office). */
  readonly office?: string;
  /** With `today`, projected periods after the record are added (`projected` of them per office, default 5). */
  readonly today?: PlainDate;
  readonly projected?: number;
}

/** The columns of the periods CSV, in order. */
export const CSV_COLUMNS = ['org', 'office', 'party', 'party_name', 'person', 'person_name', 'start', 'start_precision', 'end', 'term_end', 'basis', 'rule', 'decisions', 'sources'] as const;

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double the quotes. */
function field(value: string | null | undefined): string {
  const text = value ?? '';
  // A leading =, +, - or @ would make spreadsheets run the cell as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Every period of every office (or of one) as CSV (RFC 4180, CRLF line ends, a header row),
 * recorded first and then, with `today`, projected. Names are as they were at each period's start.
 * @example exportCsv(ots, { office: 'chair' }).split('\r\n')[1] // 'ots,chair,TR,Turkey,,,2010-09-16,day,2011-10-21,,recorded,,...'
 */
export function exportCsv(record: OrganizationRecord, options: CsvOptions = {}): string {
  const model = compile(record);
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
      t.start,
      t.startPrecision,
      t.end,
      t.termEnd,
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
