import { type OrganizationRecord } from '@turnus/core';
import { formatDate } from './dates';
import { durationWords } from './record-text';
import { personName } from './record-text';

/**
 * Research shorthand in the record's own notes, as a visitor would say it. The researchers write
 * "NOT FOUND" for "no source was found", "INFERRED" for a conclusion drawn from other facts.
 */
const MARKERS: [RegExp, string][] = [
  [/\bNOT FOUND\b/g, 'not found in the sources'],
  [/\bNOT CONFIRMED\b/g, 'not confirmed by the sources'],
  [/\bNOT VERIFIED\b|\bUNVERIFIED\b/g, 'not verified'],
  [/\bUNCONFIRMED\b/g, 'unconfirmed'],
  [/\bINFERRED\b/g, 'inferred'],
  [/\bCONFIRMED\b/g, 'confirmed'],
  [/\bREPORTED\b/g, 'reported'],
  [/\bUNKNOWN\b/g, 'unknown'],
  [/\b(?:TBD|TBC)\b/g, 'to be decided'],
];

const MONTHS: Record<string, string> = { Jan: 'January', Feb: 'February', Mar: 'March', Apr: 'April', Jun: 'June', Jul: 'July', Aug: 'August', Sep: 'September', Sept: 'September', Oct: 'October', Nov: 'November', Dec: 'December' };

/** What a record id stands for, in words, or `undefined` for an id the reader has no use for. */
function idWords(record: OrganizationRecord, id: string): string | undefined {
  const source = record.sources.find((s) => s.id === id);
  if (source) return `${source.publisher}${source.date ? `, ${formatDate(source.date)}` : ''}`;
  const summit = record.summits.find((s) => s.id === id);
  if (summit) return summit.name ?? `the summit of ${formatDate(summit.date)}`;
  if (record.people.some((p) => p.id === id)) return personName(record, id);
  const dispute = record.disputes?.find((d) => d.id === id);
  if (dispute) return `where sources disagree: ${dispute.about.charAt(0).toLowerCase()}${dispute.about.slice(1)}`;
  return undefined;
}

/**
 * A note written by the record's researchers, in the words a visitor reads: ISO dates and
 * durations in words, all-caps markers in plain words, cross-references to ids ("see dispute
 * rename-date", "gap sg-successor-2025") replaced by what they refer to or dropped. The result
 * is plain text; it is rendered as text, never as HTML.
 */
export function plainText(record: OrganizationRecord | undefined, text: string): string {
  let out = text;
  // Cross-references to the record's own ids: "(see dispute x)", "(gap x)", "see gap x".
  out = out.replace(/\s*\((?:see\s+)?(dispute|gap)s?\s+[“"]?([a-z0-9]+(?:-[a-z0-9]+)*)[”"]?\)/g, (_, kind: string, id: string) => {
    const words = record ? idWords(record, id) : undefined;
    return kind === 'dispute' && words ? ` (${words})` : kind === 'gap' ? ' (an open question of the record)' : '';
  });
  out = out.replace(/\b[Ss]ee (?:dispute|gap)\s+[a-z0-9]+(?:-[a-z0-9]+)+\.?/g, 'See the sources page.');
  if (record) {
    out = out.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (id) => {
      if (!/\d/.test(id) && id.split('-').length < 3) return id;
      return idWords(record, id) ?? (record.decisions.some((d) => d.id === id) || record.gaps?.some((g) => g.id === id) || record.offices.some((o) => o.rules.some((r) => r.id === id)) ? 'another fact of the record' : id);
    });
  }
  // Offices named by their id ("the office cfm-chair"): their name instead.
  for (const office of record?.offices ?? []) {
    if (!office.id.includes('-')) continue;
    const name = office.names.en ?? Object.values(office.names)[0];
    if (name) out = out.replace(new RegExp(`(?<![\\w/-])(?:the office )?${office.id}(?![\\w/-])`, 'g'), (m) => (m.startsWith('the office ') ? `the ${name}` : name));
  }
  out = out.replace(/\b(\d{4}-\d{2}-\d{2}|\d{4}-\d{2})(?![\d-])/g, (d) => formatDate(d));
  out = out.replace(/\bP(?:\d+[YMWD])+\b/g, (d) => durationWords(d));
  out = out.replace(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g, (_, d: string, m: string) => `${d} ${MONTHS[m] ?? m}`);
  for (const [pattern, words] of MARKERS) out = out.replace(pattern, words);
  return out;
}

const plurals = new Map<string, Intl.PluralRules>();

/** "1 dispute", "3 disputes": the form for `n` by the language's plural rules. */
export function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }, lang = 'en'): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('#', String(n));
}
