import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isPartialDate, type PlainDate } from '@turnus/core';
import { recordJsonSchema } from '@turnus/core/schema';
import { parseYamlRecord } from '@turnus/core/yaml';
import { CliError } from '../errors';
import { emitMapping, emitPair, type YamlValue } from '../record/emit';
import { slugify, sourceIdFromUrl } from '../record/slug';

/** What `turnus init` needs to write a record that validates from the first day. */
export interface InitRequest {
  readonly org: string;
  readonly dir?: string | undefined;
  readonly name: string;
  readonly abbreviation?: string | undefined;
  readonly founded: string;
  readonly place: string;
  readonly source: string;
  readonly sourceTitle?: string | undefined;
  readonly today: PlainDate;
}

export const SCHEMA_FILE = 'record.schema.json';

/** The text of a new record: the schema pointer on line 1, the founding, its source, and empty lists that say how to fill them. */
export function scaffold(request: InitRequest): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(request.org)) {
    throw new CliError('E_INVALID_OPTION', `${JSON.stringify(request.org)} is not an organization id`, { hint: `Ids are lowercase letters, digits and hyphens, e.g. ${slugify(request.org) || 'my-org'}.` });
  }
  for (const [flag, value] of [['--name', request.name], ['--place', request.place], ['--abbreviation', request.abbreviation], ['--source-title', request.sourceTitle]] as const) {
    if (value !== undefined && value.trim() === '') throw new CliError('E_INVALID_OPTION', `${flag} is empty`, { hint: `Give ${flag} a value, e.g. turnus init eco --name "Economic Cooperation Organization" --founded 1985 --place Tehran --source https://…` });
    if (value !== undefined && /[\u0000-\u001f\u007f]/.test(value)) throw new CliError('E_INVALID_OPTION', `${flag} ${JSON.stringify(value)} holds a control character`, { hint: `Give ${flag} on one line, without control characters.` });
  }
  if (request.org.length > 64) throw new CliError('E_INVALID_OPTION', `the organization id has ${request.org.length} characters; 64 at most`, { hint: 'Use the usual abbreviation, in lowercase: eco, ots, asean.' });
  if (!isPartialDate(request.founded)) throw new CliError('E_INVALID_DATE', `--founded ${JSON.stringify(request.founded)} is not a real calendar date`, { hint: 'Write YYYY-MM-DD, or YYYY-MM / YYYY when the source is imprecise.' });
  let url: URL;
  try {
    url = new URL(request.source);
  } catch {
    throw new CliError('E_INVALID_OPTION', `--source ${JSON.stringify(request.source)} is not an address`, { hint: 'Give the full address (https://…) of a page that states the founding.' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CliError('E_INVALID_OPTION', `--source ${JSON.stringify(request.source)} is not a web address`, { hint: 'Give an http:// or https:// address of a page that states the founding.' });
  if (request.founded > request.today) throw new CliError('E_INVALID_DATE', `--founded ${request.founded} is after today (${request.today})`, { hint: 'Give the day the organization was founded (or --today, for a record kept as of another day).' });
  const sourceId = sourceIdFromUrl(url);
  const host = url.hostname.replace(/^www\./, '');
  const pair = (key: string, value: YamlValue, indent: number) => emitPair(key, value, indent).join('\n');
  const names: YamlValue = request.abbreviation ? { name: request.name, abbreviation: request.abbreviation } : { name: request.name };
  return `# yaml-language-server: $schema=./${SCHEMA_FILE}
#
# The record of ${request.name.replace(/\n/g, ' ')}. Every fact is dated and sourced; members,
# names over time and the holders of every office are derived from the decisions at the end.
# Check it:            turnus --data <this folder> check
# Add what happened:   turnus --data <this folder> record <decision> … (see turnus record --help)
$schema: ./${SCHEMA_FILE}
formatVersion: 1

organization:
${pair('id', request.org, 2)}
  names:
${pair('en', names, 4)}
  founded:
${pair('date', request.founded, 4)}
${pair('place', request.place, 4)}
${pair('sources', [sourceId], 4)}

# The day the record was last checked against its sources.
asOf: '${request.today}'

# The public documents the facts rest on; turnus record adds the ones you cite with --source.
sources:
${emitMapping({ id: sourceId, title: request.sourceTitle ?? `${host}${decodeURIComponent(url.pathname).replace(/\/$/, '')}`, url: url.href, publisher: host, accessed: request.today }, '  - ').join('\n')}

# Members, observers and other parties: turnus record admit --party XX --party-name "…" adds them.
parties: []

# The people who held an office: turnus record appoint --person-name "…" --nationality XX adds them.
people: []

# The offices and the rules that govern them, for example a six-monthly alphabetical chair:
#   - id: chair
#     names: { en: Chairmanship }
#     heldBy: party
#     rules:
#       - id: chair-rotation
#         role: stated
#         kind: rotation
#         from: '2024-01-01'
#         trigger: { kind: calendar, every: P6M, anchor: '2024-01-01' }
#         order: { kind: alphabetical, language: en }
#         eligible: members
#         sources: [${sourceId}]
offices: []

# Meetings of the highest body: turnus record summit adds them.
summits: []

# Dated, sourced decisions: turnus record appoint | handover | admit | observer | … adds them.
decisions: []
`;
}

/**
 * `turnus init <org-id>`: writes `<dir>/record.yaml` (line 1 points editors at the schema) and
 * `<dir>/record.schema.json` beside it. Never overwrites a record.
 */
export function initRecord(request: InitRequest): { readonly record: string; readonly schema: string } {
  const text = scaffold(request);
  // The new record must pass its own check: any option that slipped through is refused here.
  const errors = parseYamlRecord(text, { file: 'record.yaml', today: request.today }).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new CliError('E_INVALID_OPTION', `the options would make a record that does not validate: ${first.code} ${first.message}`, { hint: first.hint ?? 'Check the values given to turnus init.' });
  }
  const dir = request.dir ?? request.org;
  const record = join(dir, 'record.yaml');
  const schema = join(dir, SCHEMA_FILE);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(record, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError('E_FILE_EXISTS', `${record} already exists`, { hint: 'turnus init never overwrites a record: choose another folder with --dir.' });
    throw new CliError('E_WRITE_FAILED', `cannot write ${record}: ${code ?? String(error)}`, { hint: 'Check that the folder is writable.' });
  }
  writeFileSync(schema, JSON.stringify(recordJsonSchema(), null, 2) + '\n');
  return { record, schema };
}
