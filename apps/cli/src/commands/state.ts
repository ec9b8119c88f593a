import { isPastTermEnd, organizationName, partyDisplayName, stateOn, type Holding, type OrganizationRecord, type PlainDate, type Standing } from '@turnus/core';
import { describeHolding, describeReason } from '@turnus/core/describe';
import { chairOfficeId, secretaryGeneralOfficeId } from '../args/office-roles';
import { holdingJson, holderText, startText, termEndText } from '../render/holding';
import type { Style } from '../render/style';

/** The JSON contract of `turnus state --json`. `compareNames`: English alphabetical order (render/name-order.ts). */
export function stateJson(record: OrganizationRecord, on: PlainDate, today: PlainDate, compareNames: (a: string, b: string) => number) {
  const state = stateOn(record, on, { today, compareNames });
  const standing = (s: Standing) => ({ party: s.party, name: partyDisplayName(record, s.party, on), since: s.since });
  const office = (id: string) => (state.offices[id] ? holdingJson(record, id, on, state.offices[id]) : null);
  const chairId = chairOfficeId(record);
  const sgId = secretaryGeneralOfficeId(record);
  return {
    org: record.organization.id,
    on,
    name: organizationName(record, on).official ?? organizationName(record, on).name,
    shortName: organizationName(record, on).name,
    asOf: record.asOf,
    members: state.members.map(standing),
    observers: state.observers.map(standing),
    suspended: state.suspended.map(standing),
    // Shortcuts by the office's role, whatever its id (see chairOfficeId), with the id they read.
    chair: chairId ? office(chairId) : null,
    chairOffice: chairId ?? null,
    secretaryGeneral: sgId ? office(sgId) : null,
    secretaryGeneralOffice: sgId ?? null,
    // Every office of the record by id (other organizations have a presidency, a president…).
    offices: Object.fromEntries(record.offices.map((o) => [o.id, office(o.id)])),
    // Seats whose terms ended with no recorded successor: `members` is then incomplete.
    unfilledSeats: state.unfilledSeats ?? null,
  };
}

function holdingLine(record: OrganizationRecord, holding: Holding | undefined, on: PlainDate, today: PlainDate, style: Style): string[] {
  if (!holding) return ['none recorded'];
  // The words of the answer are the core's (describeHolding); this command lays them out.
  const words = describeHolding(record, holding, { on });
  if (holding.status === 'vacant') return [words.headline, ...(words.why ? [style.dim(words.why)] : [])];
  if (holding.status === 'uncertain') return [words.headline, style.dim(words.why ?? '')];
  const t = holding.tenure;
  const lines = [`${holderText(record, t, on)}, since ${startText(t)}${holding.certainty === 'recorded' ? '' : style.warn(`, ${words.label}`)}`];
  if (holding.certainty !== 'recorded' && words.why) lines.push(style.dim(words.why));
  if (words.lastConfirmed) lines.push(style.dim(words.lastConfirmed));
  const termEnd = termEndText(t, record);
  if (t.termEndUnknown) lines.push(`term end ${termEnd}`);
  else if (t.termEnd && termEnd) {
    lines.push(isPastTermEnd(t, today) && on >= t.termEnd ? style.warn(`term ended by rule on ${termEnd}; no successor recorded`) : `term ends by rule on ${termEnd}`);
  }
  return lines;
}

/** Says when today's answer comes from the rule rather than the record. */
function ruleNotes(offices: Readonly<Record<string, Holding>>): string[] {
  const fromRule = Object.entries(offices).filter(([, h]) => h.status === 'uncertain' || (h.status === 'held' && h.tenure.basis !== 'recorded'));
  return fromRule.length ? [`Answered by the rule, not the record: ${fromRule.map(([id]) => id).join(', ')}.`] : [];
}

/** `turnus state` as text: the organization's name, the holder of each office, members and observers that day. */
export function stateText(record: OrganizationRecord, on: PlainDate, today: PlainDate, style: Style, compareNames: (a: string, b: string) => number): string {
  const state = stateOn(record, on, { today, compareNames });
  const name = organizationName(record, on);
  const offices = record.offices.map((o) => ({ id: o.id, label: o.names.en ?? Object.values(o.names)[0] ?? o.id }));
  const width = Math.max(19, ...offices.map((o) => o.label.length + 2));
  const pad = (label: string) => label.padEnd(width);
  const block = (label: string, lines: string[]) => lines.map((line, i) => `${i === 0 ? style.bold(pad(label)) : pad('')}${line}`).join('\n');
  // By name in English alphabetical order, as stateOn orders members of equal seniority.
  const list = (items: readonly Standing[]) =>
    items.length
      ? items
          .map((s) => ({ name: partyDisplayName(record, s.party, on), since: s.since }))
          .sort((a, b) => compareNames(a.name, b.name) || (a.since < b.since ? -1 : a.since > b.since ? 1 : 0))
          .map((s) => `${s.name} (${s.since})`)
      : ['none'];
  return [
    style.bold(`${name.official ?? name.name}${name.abbreviation ? ` (${name.abbreviation})` : ''}`) + ` on ${on}`,
    style.dim(`record as of ${record.asOf}`),
    '',
    ...offices.map((o) => block(o.label, holdingLine(record, state.offices[o.id], on, today, style))),
    block(`Members (${state.members.length})`, list(state.members)),
    block(`Observers (${state.observers.length})`, list(state.observers)),
    ...(state.suspended.length ? [block(`Suspended (${state.suspended.length})`, list(state.suspended))] : []),
    ...(state.unfilledSeats ? [style.warn(`Roster incomplete: ${describeReason(record, { code: 'roster-unknown', since: state.unfilledSeats.since, seats: state.unfilledSeats.count })}`)] : []),
    ...ruleNotes(state.offices),
    '',
  ].join('\n');
}
