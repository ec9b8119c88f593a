import { formatPartialDate } from './format-date';
import type { BasisReason } from '../model/types';
import type { OrganizationRecord } from '../schema/record';

/**
 * A sentence, in English, that says what an answer rests on or why it is uncertain, from the
 * `reason` of a tenure or of an `uncertain` holding. Dates are written as words, as precisely as
 * they are known ("11 November 2025", "2026").
 * @example
 * describeReason(unsc, { code: 'roster-unknown', since: '2027-01-01', seats: 5 })
 * // '5 seats whose terms ended on 1 January 2027 have no recorded successor: the roster is not known.'
 */
export function describeReason(record: OrganizationRecord, reason: BasisReason): string {
  const sentence = reasonSentence(record, reason);
  return reason.inferred ? `${sentence} The term rule itself is an inference of the record: no source states it.` : sentence;
}

function reasonSentence(record: OrganizationRecord, reason: BasisReason): string {
  const summit = reason.summit ? record.summits.find((s) => s.id === reason.summit) : undefined;
  const event = summit ? `${summit.name ?? (summit.kind === 'ordinary' ? 'summit' : `${summit.kind} summit`)}${summit.city ? ` in ${summit.city}` : ''} (${formatPartialDate(summit.date)})` : 'the next summit';
  const since = reason.since ? formatPartialDate(reason.since) : undefined;
  switch (reason.code) {
    case 'calendar-rule':
      return 'Certain by rule: the office rotates on fixed days in a known order, although the record does not list this period.';
    case 'holdover':
      return `The term ended${since ? ` on ${since}` : ''}; by rule the holder remains in office until a successor takes office.`;
    case 'vacant-by-rule':
      return `The term ended${since ? ` on ${since}` : ''}; by rule the office is vacant until an appointment.`;
    case 'event-not-recorded':
      return `The record has the ${event} but not the handover made there; the rule says who took the office.`;
    case 'event-expected':
      return summit ? `Expected by rule at the ${event}, which the record does not show as held.` : 'Expected by rule at an event whose date is estimated; the record does not have it.';
    case 'term-expired':
      return `The term ended by rule${since ? ` on ${since}` : ''} and the record has no decision since: no extension, reappointment or successor.`;
    case 'extension-of-unknown-length':
      return 'The term was extended for a length no source gives.';
    case 'roster-unknown': {
      const n = reason.seats ?? 0;
      return `${n} ${n === 1 ? 'seat' : 'seats'} whose ${n === 1 ? 'term' : 'terms'} ended${since ? ` on ${since}` : ''} ${n === 1 ? 'has' : 'have'} no recorded successor: the roster is not known.`;
    }
    case 'inferred-rule':
      return 'The rule behind this answer is an inference of the record, not a rule the organization states.';
    case 'imprecise-date':
      return 'The sources date this change only to the month or year, not to the day.';
  }
}
