import { parseDuration, type DurationParts } from '../calendar/duration';
import { earliestDay } from '../calendar/plain-date';
import { compile, partyName } from '../model/compile';
import type { OrganizationRecord } from '../schema/record';
import type { RotationOrder, Rule } from '../schema/rule';
import { ruleWords, type RuleWords } from './_rule-words';

/** Options for {@link describeRule}. */
export interface DescribeRuleOptions {
  /** The language of the sentence: `en`, `tr` or `ru`; any other falls back to English. */
  readonly lang?: string;
  /** The same as `lang` (the earlier name of the option). */
  readonly language?: string;
  /** What to call the office ("The presidency", "The chair"); default from the rule's kind. */
  readonly office?: string;
  /** The record, to name parties in cycles and schedules instead of giving their ids. */
  readonly record?: OrganizationRecord;
}

/** "one year and six months", "three years", "two weeks" (English). */
export function describeDuration(parts: DurationParts, lang = 'en'): string {
  return ruleWords(lang).duration(parts);
}

function names(parties: readonly string[], options: DescribeRuleOptions, date: string, lang: string): string[] {
  const record = options.record;
  if (!record) return [...parties];
  const model = compile(record);
  return parties.map((p) => partyName(model, p, date, lang));
}

function describeOrder(order: RotationOrder, options: DescribeRuleOptions, date: string, subject: 'members' | 'nationality', w: RuleWords, lang: string): string {
  if (order.kind === 'alphabetical') return w.alphabetical(order.language, subject, order.nameForm === 'official');
  const list = names(order.parties, options, date, lang);
  return order.kind === 'cycle' ? w.cycle(list) : w.fixed(list);
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
  const lang = options.lang ?? options.language ?? 'en';
  const w = ruleWords(lang);
  // Parties are named as the record knows them now (Türkiye, not Turkey), the rule's own day otherwise.
  const from = options.record?.asOf ?? earliestDay(rule.from);
  const since = w.since(w.date(rule.from));
  const until = rule.to ? w.until(w.date(rule.to)) : '';
  if (rule.kind === 'rotation') {
    const office = options.office ?? w.office;
    const order = describeOrder(rule.order, options, from, 'members', w, lang);
    const eligible = rule.eligible === 'members' ? w.eligible : '';
    if (rule.trigger.kind === 'calendar') {
      const every = parseDuration(rule.trigger.every);
      const cadence = every ? w.every(every, w.duration(every)) : rule.trigger.every;
      return w.calendar(office, cadence, order, w.date(rule.trigger.anchor), since, until, eligible);
    }
    const cadence = rule.trigger.cadence ? parseDuration(rule.trigger.cadence) : undefined;
    const expected = cadence ? w.summitsExpected(w.every(cadence, w.duration(cadence))) : '';
    return w.summit(office, expected, order, since, until, eligible);
  }
  const office = options.office ?? w.holder;
  const length = parseDuration(rule.length);
  const term = length ? w.duration(length) : rule.length;
  const day = rule.fixedDate ? w.date(`2000-${rule.fixedDate}`).replace(/\s*2000\s*(г\.)?/, '').trim() : undefined;
  const start = w.start(rule.start, day);
  const renewals = rule.renewals === undefined ? '' : w.renewals(rule.renewals);
  const extension = rule.extensible === undefined ? '' : w.extension(rule.extensible);
  const nationality = rule.nationality ? w.nationality(describeOrder(rule.nationality.order, options, from, 'nationality', w, lang), rule.nationality.noConsecutiveSame === true) : '';
  return w.term(office, term, start, renewals, since, until, extension, nationality);
}
