import type { DatePrecision, PlainDate } from '../calendar/plain-date';
import { compile, namesOn, partyName } from '../model/compile';
import type { OrganizationRecord } from '../schema/record';
import { dateField } from './_date-field';

/** A Popolo (https://www.popoloproject.com) document: organizations, persons, posts, memberships. */
export interface PopoloDocument {
  readonly organizations: readonly Record<string, unknown>[];
  readonly persons: readonly Record<string, unknown>[];
  readonly posts: readonly Record<string, unknown>[];
  readonly memberships: readonly Record<string, unknown>[];
}

/**
 * The record as Popolo JSON for civic-data tools: the organization and its member and observer
 * parties as organizations, the people as persons, each office as a post, and as memberships the
 * parties' standing (member, observer, suspended) and every recorded tenure of every office.
 * @throws {TurnusError} `E_INVALID_RECORD` when `record` is not a record.
 */
export function exportPopolo(record: OrganizationRecord): PopoloDocument {
  const model = compile(record);
  const org = record.organization.id;
  // The name as of the record; every earlier name, with the day it ended, as other_names.
  const versions = model.organizationNames;
  const current = namesOn(versions, record.asOf).names;
  const organizations = [
    {
      id: org,
      name: current.en?.official ?? current.en?.name ?? org,
      other_names: versions.flatMap((v, i): Record<string, string>[] => {
        const next = versions[i + 1];
        if (!next || next.start > record.asOf) return [];
        return Object.entries(v.names).map(([lang, forms]) => ({ name: forms.official ?? forms.name, note: lang, end_date: next.start }));
      }).concat(Object.entries(current).filter(([lang]) => lang !== 'en').map(([lang, forms]) => ({ name: forms.official ?? forms.name, note: lang }))),
      classification: 'intergovernmental organization',
      founding_date: record.organization.founded.date,
    },
    ...record.parties.map((p) => ({
      id: p.id,
      name: partyName(model, p.id, record.asOf),
      classification: p.kind === 'state' ? 'state' : p.kind === 'organization' ? 'international organization' : 'other',
      ...(/^[A-Z]{2}$/.test(p.id) ? { identifiers: [{ scheme: 'ISO 3166-1 alpha-2', identifier: p.id }] } : {}),
    })),
  ];
  const persons = record.people.map((p) => ({
    id: p.id,
    name: p.names.en ?? Object.values(p.names)[0] ?? p.id,
    other_names: [...Object.entries(p.names).map(([lang, name]) => ({ name, note: lang })), ...(p.transliterations ?? []).map((name) => ({ name, note: 'transliteration' }))],
    national_identity: partyName(model, p.nationality, record.asOf),
  }));
  const posts = record.offices.map((o) => ({ id: `${org}/${o.id}`, label: o.names.en ?? o.id, organization_id: org, role: o.names.en ?? o.id }));
  const memberships: Record<string, unknown>[] = [];
  for (const [party, periods] of model.membership) {
    periods.forEach((m, i) => {
      if (m.status === 'withdrawn') return;
      const start = popoloDate(m.start, m.startPrecision);
      const next = periods[i + 1];
      const end = m.end === null ? undefined : popoloDate(m.end, next && next.start === m.end ? next.startPrecision : 'day');
      memberships.push({ id: `${org}/membership/${party}/${start ?? m.start}`, member: { '@type': 'Organization', id: party }, organization_id: org, role: m.status, ...(start ? { start_date: start } : {}), ...(end ? { end_date: end } : {}), sources: m.sources });
    });
  }
  for (const office of record.offices) {
    for (const t of model.tenures.get(office.id) ?? []) {
      const member = t.holder.person ? { person_id: t.holder.person } : { member: { '@type': 'Organization', id: t.holder.party } };
      const start = dateField(t.start, t.startPrecision, t.startUncertainUntil);
      const end = t.end === null ? undefined : dateField(t.end, t.endPrecision ?? 'day', t.endUncertainUntil);
      memberships.push({
        id: `${org}/${office.id}/${start.precision === 'window' ? (t.decisions[0] ?? start.text) : start.text}`,
        ...member,
        organization_id: org,
        post_id: `${org}/${office.id}`,
        role: office.names.en ?? office.id,
        ...(start.precision !== 'window' ? { start_date: start.text } : {}),
        ...(end && end.precision !== 'window' ? { end_date: end.text } : {}),
        sources: t.sources,
      });
    }
  }
  return { organizations, persons, posts, memberships };
}

/**
 * A Popolo date: ISO 8601 at the precision known (`2014`, `2014-05` or a day, which Popolo's
 * date pattern allows); `undefined` for a window that is no single month or year (left out
 * rather than narrowed to a day no source gives).
 */
function popoloDate(day: PlainDate, precision: DatePrecision, until?: PlainDate): string | undefined {
  const f = dateField(day, precision, until);
  return f.precision === 'window' ? undefined : f.text;
}
