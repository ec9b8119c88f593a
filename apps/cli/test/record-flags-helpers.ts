import type { Option } from 'commander';
import { RECORD_DEFINITIONS } from '../src/args/record-command';

/** Sample command lines for `turnus record`, generated from its definitions (see record-flags tests). */

/** A plausible value for each flag by name; choices take their first allowed value. */
export const SAMPLE: Record<string, string | string[]> = {
  date: '2026-11-20', effective: '2026-11-21', 'not-after': '2026-12-31', until: '2027-11-20', 'end-date': '2026-11-21',
  source: 'https://example.org/news/other', 'source-title': 'A page', 'source-publisher': 'Example', summit: '13', by: 'Council of Heads of State',
  note: 'A note written by the generated test', id: 'generated-test-entry', office: 'chair', person: 'kubanychbek-omuraliev', 'person-name': 'Jane Doe',
  nationality: 'TR', party: 'TR', 'party-name': 'Testland', to: 'TR', from: 'AZ', with: 'UZ', parties: ['TR', 'UZ'], for: 'P1Y', term: 'P3Y',
  name: 'A name', official: 'An official name', abbreviation: 'AN', language: 'en', 'sort-name': 'Name', title: 'A title', url: 'https://example.org/text',
  ordinal: '14', host: 'UZ', city: 'Samarkand', venue: 'A hall', theme: 'A theme', series: 'ots', seat: 'elected',
};

/** Splits a shell example into words (double quotes only, as the examples use). */
export function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** The words of an option with a sample value. */
export function flagWords(option: Option): string[] {
  const name = option.long!.slice(2);
  if (option.isBoolean()) return [option.long!];
  const value = option.argChoices?.[0] ?? SAMPLE[name];
  if (value === undefined) throw new Error(`no sample value for ${option.long}: add one to SAMPLE`);
  return [option.long!, ...(Array.isArray(value) ? value : [value])];
}

/** The example of a decision type, as arguments after `record`. */
export function exampleArgs(kind: string): string[] {
  const definition = RECORD_DEFINITIONS.find((d) => d.name === kind)!;
  const all = words(definition.examples[0]!);
  return all.slice(all.indexOf('record') + 1);
}

