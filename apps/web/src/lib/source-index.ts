import { isPlainDate, type OrganizationRecord } from '@turnus/core';
import { formatDate } from './dates';
import { paths } from './paths';
import { plainText } from './prose';
import { describeDecision, officeName, partyName } from './record-text';
import { personName } from './record-text';
import { summitTitle } from './summits';
import { t } from '../i18n/messages';

/** One fact of the record that rests on a source, with the page where it is shown. */
export interface Fact {
  readonly kind: 'organization' | 'party' | 'person' | 'career' | 'rule' | 'summit' | 'decision' | 'gap' | 'dispute';
  readonly label: string;
  /** The record's own prose that follows the label (kept in English on translated pages). */
  readonly prose?: string;
  readonly href: string;
}

/**
 * Every fact of the record by the source it rests on, in record order: the organization's
 * founding and seat, parties, people and their careers, rules, summits, decisions, gaps and the
 * claims of disputes.
 */
export function factsBySource(record: OrganizationRecord): Map<string, Fact[]> {
  const org = record.organization.id;
  const index = new Map<string, Fact[]>(record.sources.map((s) => [s.id, []]));
  const add = (ids: readonly string[] | undefined, fact: Fact) => {
    for (const id of new Set(ids ?? [])) index.get(id)?.push(fact);
  };
  const asOf = record.asOf;
  const founded = record.organization.founded;
  add(founded.sources, { kind: 'organization', label: t('factFounding')(formatDate(founded.date), founded.place), href: paths.overview(org) });
  add(record.organization.sources, { kind: 'organization', label: t('factNames'), href: paths.overview(org) });
  for (const seat of record.organization.headquarters ?? []) {
    add(seat.sources, { kind: 'organization', label: t('factSeat')(seat.city, seat.from ? formatDate(seat.from) : undefined), href: paths.overview(org) });
  }
  for (const party of record.parties) add(party.sources, { kind: 'party', label: t('factParty')(partyName(record, party.id, asOf)), href: paths.overview(org) });
  for (const person of record.people) {
    const name = personName(record, person.id);
    add(person.sources, { kind: 'person', label: name, href: paths.person(org, person.id) });
    for (const note of person.career ?? []) add(note.sources, { kind: 'career', label: `${name}: `, prose: plainText(record, note.text), href: paths.person(org, person.id) });
  }
  for (const office of record.offices) {
    for (const rule of office.rules) add(rule.sources, { kind: 'rule', label: `${officeName(record, office.id)}: ${rule.role === 'practice' ? t('thePractice') : t('asStated')}`, href: `${paths.rules(org)}#rule-${rule.id}` });
  }
  for (const summit of record.summits) add(summit.sources, { kind: 'summit', label: `${summitTitle(summit)}, ${formatDate(summit.date)}`, href: paths.summit(org, summit.id) });
  for (const d of record.decisions) {
    const href = d.summit ? paths.summit(org, d.summit) : isPlainDate(d.date) ? paths.onThisDate(org, d.date) : paths.timeline(org);
    add(d.sources, { kind: 'decision', label: `${formatDate(d.date)}: ${describeDecision(record, d)}`, href });
  }
  for (const gap of record.gaps ?? []) add(gap.sources, { kind: 'gap', label: t('factNotKnown')(''), prose: plainText(record, gap.description), href: paths.gap(org, gap.id) });
  for (const dispute of record.disputes ?? []) {
    for (const claim of dispute.claims) add(claim.sources, { kind: 'dispute', label: `${t('disagree')}: `, prose: `${dispute.about}: “${plainText(record, claim.value)}”`, href: paths.dispute(org, dispute.id) });
  }
  return index;
}
