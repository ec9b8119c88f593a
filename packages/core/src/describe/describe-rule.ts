import { parseDuration, type DurationParts } from '../calendar/duration';
import { earliestDay } from '../calendar/plain-date';
import { compile, partyName } from '../model/compile';
import type { OrganizationRecord } from '../schema/record';
import type { RotationOrder, Rule } from '../schema/rule';

/** Options for {@link describeRule}. */
export interface DescribeRuleOptions {
  /** The language of the sentence. English (`en`) is the only one so far; others fall back to it. */
  readonly language?: string;
  /** What to call the office ("The presidency", "The chair"); default from the rule's kind. */
  readonly office?: string;
  /** The record, to name parties in cycles and schedules instead of giving their ids. */
  readonly record?: OrganizationRecord;
}

const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const LANGUAGES: Record<string, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', ru: 'Russian', tr: 'Turkish', az: 'Azerbaijani', kk: 'Kazakh', ky: 'Kyrgyz', uz: 'Uzbek', hu: 'Hungarian', ar: 'Arabic', zh: 'Chinese', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', sv: 'Swedish', fi: 'Finnish', da: 'Danish', no: 'Norwegian', pl: 'Polish', ro: 'Romanian', el: 'Greek', bg: 'Bulgarian' };

function count(n: number, unit: string): string {
  return `${NUMBERS[n] ?? String(n)} ${unit}${n === 1 ? '' : 's'}`;
}

/** "one year and six months", "three years", "two weeks". */
export function describeDuration(parts: DurationParts): string {
  const pieces = [
    parts.years ? count(parts.years, 'year') : '',
    parts.months ? count(parts.months, 'month') : '',
    parts.weeks ? count(parts.weeks, 'week') : '',
    parts.days ? count(parts.days, 'day') : '',
  ].filter(Boolean);
  return pieces.length > 1 ? `${pieces.slice(0, -1).join(', ')} and ${pieces[pieces.length - 1]}` : (pieces[0] ?? '');
}

function adverb(parts: DurationParts): string {
  const only = (key: keyof DurationParts, n: number) => Object.entries(parts).every(([k, v]) => (k === key ? v === n : v === 0));
  if (only('months', 1)) return 'monthly';
  if (only('years', 1)) return 'every year';
  if (only('weeks', 1)) return 'weekly';
  if (only('days', 1)) return 'daily';
  return `every ${describeDuration(parts)}`;
}

function longDate(date: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = date.split('-');
  if (m === undefined) return y ?? date;
  return d === undefined ? `${months[Number(m) - 1]} ${y}` : `${Number(d)} ${months[Number(m) - 1]} ${y}`;
}

function dayOfYear(monthDay: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [m, d] = monthDay.split('-');
  return `${Number(d)} ${months[Number(m) - 1]}`;
}

function names(parties: readonly string[], options: DescribeRuleOptions, date: string): string[] {
  const record = options.record;
  if (!record) return [...parties];
  const model = compile(record);
  return parties.map((p) => partyName(model, p, date));
}

function describeOrder(order: RotationOrder, options: DescribeRuleOptions, date: string, subject: 'members' | 'nationality'): string {
  if (order.kind === 'alphabetical') {
    const language = LANGUAGES[order.language.split('-')[0]!] ?? `the ${order.language} language's`;
    const whose = subject === 'members' ? "the members' names" : "the member states' names";
    return `in ${language} alphabetical order of ${order.nameForm === 'official' ? whose.replace('names', 'official names') : whose}`;
  }
  const list = names(order.parties, options, date);
  if (order.kind === 'cycle') return `in the repeating cycle ${list.join(' → ')}`;
  return `following a fixed schedule set by decision (${list.join(', ')}), which ends when the schedule does`;
}

/**
 * A whole-sentence description of a rule, for people: "The presidency rotates monthly in
 * English alphabetical order of the members' names, from 1 January 2024; only full members
 * take a turn." English only for now; other languages fall back to English.
 * @example
 * describeRule(otsPracticeRule, { office: 'The chairmanship', record: ots })
 * // 'The chairmanship passes at each ordinary summit to its host, who holds it until the next
 * //  one (summits are expected every year); hosts take their turns in the repeating cycle Kazakhstan → …'
 */
export function describeRule(rule: Rule, options: DescribeRuleOptions = {}): string {
  // Parties are named as the record knows them now (Türkiye, not Turkey), the rule's own day otherwise.
  const from = options.record?.asOf ?? earliestDay(rule.from);
  const since = `, from ${longDate(rule.from)}`;
  const until = rule.to ? ` until ${longDate(rule.to)}` : '';
  if (rule.kind === 'rotation') {
    const office = options.office ?? 'The office';
    const order = describeOrder(rule.order, options, from, 'members');
    const eligible = rule.eligible === 'members' ? '; only full members take a turn, never observers or suspended members' : '';
    if (rule.trigger.kind === 'calendar') {
      const every = parseDuration(rule.trigger.every);
      const cadence = every ? adverb(every) : rule.trigger.every;
      return `${office} rotates ${cadence} ${order}, on a calendar starting ${longDate(rule.trigger.anchor)}${since}${until}${eligible}.`;
    }
    const cadence = rule.trigger.cadence ? parseDuration(rule.trigger.cadence) : undefined;
    const expected = cadence ? ` (summits are expected ${adverb(cadence)})` : '';
    return `${office} passes at each ordinary summit to its host, who holds it until the next one${expected}; hosts take their turns ${order}${since}${until}${eligible}.`;
  }
  const office = options.office ?? 'The holder';
  const length = parseDuration(rule.length);
  const term = length ? describeDuration(length) : rule.length;
  const start =
    rule.start === 'appointment'
      ? 'counted from the appointment'
      : rule.start === 'taking-office'
        ? 'counted from taking office'
        : `starting on the next ${rule.fixedDate ? dayOfYear(rule.fixedDate) : 'fixed day'} after taking office`;
  const renewals =
    rule.renewals === undefined
      ? ''
      : rule.renewals === 0
        ? ', with no renewal'
        : rule.renewals === 1
          ? ', renewable once'
          : `, renewable ${NUMBERS[rule.renewals] ?? rule.renewals} times`;
  const extension = rule.extensible === true ? '; the term can be extended by decision' : rule.extensible === false ? '; the term cannot be extended' : '';
  const nationality = rule.nationality
    ? `; the holder's nationality rotates ${describeOrder(rule.nationality.order, options, from, 'nationality')}${rule.nationality.noConsecutiveSame ? ', never the same nationality twice in a row' : ''}`
    : '';
  return `${office} serves a term of ${term}, ${start}${renewals}${since}${until}${extension}${nationality}.`;
}
