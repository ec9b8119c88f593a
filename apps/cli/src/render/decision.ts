import { addDays, earliestDay, parseDuration, partyDisplayName, personDisplayName, type Decision, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { describeDuration } from '@turnus/core/describe';

/** "one year" for P1Y; the ISO text when it cannot be read. */
function duration(iso: string): string {
  const parts = parseDuration(iso);
  return parts ? describeDuration(parts) || iso : iso;
}

/** An office's English name ("Chairmanship-in-Office"), or its id. */
export function officeName(record: OrganizationRecord, office: string): string {
  const found = record.offices.find((o) => o.id === office);
  return found?.names.en ?? Object.values(found?.names ?? {})[0] ?? office;
}

/** The day a decision takes effect, as a full date (the first possible day when partial). */
export function effectiveDayOf(decision: Decision): PlainDate {
  const effective = 'effective' in decision ? decision.effective : undefined;
  return effective ?? earliestDay(decision.date);
}

/**
 * One sentence saying what a decision did, with names as they were that day:
 * "The Chairmanship-in-Office passes from Azerbaijan to Turkey."
 */
export function describeDecision(record: OrganizationRecord, decision: Decision): string {
  const on = effectiveDayOf(decision);
  const party = (id: string) => partyDisplayName(record, id, on);
  const holder = (d: { person?: string | undefined; party?: string | undefined }) =>
    d.person !== undefined ? personDisplayName(record, d.person) : d.party !== undefined ? party(d.party) : 'the holder';
  const effective = 'effective' in decision && decision.effective !== undefined && decision.effective !== decision.date ? `, effective ${decision.effective}` : '';
  switch (decision.type) {
    case 'appoint':
      return `${holder(decision)} is appointed ${officeName(record, decision.office)}${decision.term ? ` for ${duration(decision.term)}` : ''}${effective}.`;
    case 'extend':
      return `The term of ${holder(decision)} as ${officeName(record, decision.office)} is extended ${decision.for ? `by ${duration(decision.for)}` : decision.until ? `until ${decision.until}` : ''}.`.replace(' .', '.');
    case 'end-term':
      return `The term of ${holder(decision)} as ${officeName(record, decision.office)} ends (${decision.cause})${effective}.`;
    case 'handover':
      return `The ${officeName(record, decision.office)} passes ${decision.from ? `from ${party(decision.from)} ` : ''}to ${party(decision.to)}${effective}.`;
    case 'admit':
      return `${party(decision.party)} becomes a ${decision.founding ? 'founding ' : ''}member${effective}.`;
    case 'observer':
      return `${party(decision.party)} becomes an observer${effective}.`;
    case 'suspend':
      return `${party(decision.party)} is suspended${effective}.`;
    case 'reinstate':
      return `${party(decision.party)} is reinstated${effective}.`;
    case 'withdraw':
      return `${party(decision.party)} withdraws${effective}.`;
    case 'rename': {
      const en = decision.names.en ?? Object.values(decision.names)[0];
      const newName = en ? `${en.name}${en.abbreviation ? ` (${en.abbreviation})` : ''}` : 'a new name';
      const before = decision.party !== undefined ? partyDisplayName(record, decision.party, addDays(on, -1)) : 'The organization';
      return `${before} is renamed ${newName}${effective}.`;
    }
    case 'adopt':
      return `Adopted: ${decision.title} (${decision.document}).`;
    case 'change-rule':
      return `The rule ${decision.rule} of the ${officeName(record, decision.office)} takes effect.`;
    case 'skip':
      return `${party(decision.party)} skips its next turn in the ${officeName(record, decision.office)}.`;
    case 'defer':
      return `${party(decision.party)} defers its next turn in the ${officeName(record, decision.office)}.`;
    case 'swap':
      return `${party(decision.parties[0])} and ${party(decision.parties[1])} swap their next turns in the ${officeName(record, decision.office)}.`;
    case 'replace':
      return `${party(decision.with)} holds the ${officeName(record, decision.office)} for one turn in place of ${party(decision.party)}.`;
    case 'other':
      return `${decision.title}.`.replace(/\.\.$/, '.');
  }
}
