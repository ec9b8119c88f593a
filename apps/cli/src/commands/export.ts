import type { OrganizationRecord, PlainDate } from '@turnus/core';
import { exportCsv, exportIcs, exportJson, exportPopolo } from '@turnus/core/export';
import { resolveOffice } from '../args/resolve';
import { CliError } from '../errors';

import { EXPORT_FORMATS } from '../args/choices';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  readonly format: string | undefined;
  readonly office?: string | undefined;
  readonly today: PlainDate;
  /** CSV only: projected periods to add after the recorded ones, per office. */
  readonly projected?: number | undefined;
}

/**
 * `turnus export`: the record as iCalendar (summits, handovers, term ends), CSV (one row per
 * period), JSON (the record itself) or Popolo JSON (organizations, persons, posts, memberships).
 */
export function exportText(record: OrganizationRecord, request: ExportRequest): string {
  const format = request.format;
  if (format === undefined) throw new CliError('E_USAGE', 'export needs --format', { hint: `Formats: ${EXPORT_FORMATS.join(', ')}` });
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new CliError('E_INVALID_OPTION', `--format ${JSON.stringify(format)} is not a format turnus exports`, { hint: `Formats: ${EXPORT_FORMATS.join(', ')}` });
  const office = request.office === undefined ? undefined : resolveOffice(record, request.office).id;
  if (office !== undefined && (format === 'json' || format === 'popolo')) {
    throw new CliError('E_USAGE', `--office does not apply to --format ${format}, which exports the whole record`, { hint: '--office selects the periods of ics and csv exports.' });
  }
  if (request.projected !== undefined && format !== 'csv') throw new CliError('E_USAGE', '--projected applies to --format csv only', { hint: 'turnus export --format csv --projected 3' });
  switch (format as ExportFormat) {
    case 'ics':
      return exportIcs(record, office ? { office } : {});
    case 'csv':
      return exportCsv(record, { ...(office ? { office } : {}), ...(request.projected ? { today: request.today, projected: request.projected } : {}) });
    case 'json':
      return exportJson(record);
    case 'popolo':
      return JSON.stringify(exportPopolo(record), null, 2) + '\n';
  }
}
