import { earliestDay, organizationName, partyDisplayName, personDisplayName, type OrganizationRecord, type PlainDate } from '@turnus/core';
import type { Options, SearchResult } from 'minisearch';
import { formatDate } from './dates';
import { paths } from './paths';

/** One thing a visitor can find: an organization, a person, a member or observer, a summit. */
export interface SearchDocument {
  readonly id: string;
  readonly kind: 'organization' | 'person' | 'party' | 'summit';
  /** What the result says, in English. */
  readonly title: string;
  /** A second line: the organization, the date, the office. */
  readonly detail: string;
  /** Other names and spellings (every language of the record, transliterations), searched too. */
  readonly names: string;
  readonly url: string;
}

/** Lower case without accents, so "Ömüraliyev" finds "Omuraliyev" and the other way round. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The index's options: the same at build and in the browser (MiniSearch.loadJSON needs them). */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'names', 'kindWord'],
  storeFields: ['kind', 'title', 'detail', 'url'],
  extractField: (doc, field) => (field === 'kindWord' ? KIND_WORDS[doc.kind] : (doc as unknown as Record<string, string>)[field] ?? ''),
  processTerm: (term) => normalizeTerm(term),
  searchOptions: { boost: { title: 3, names: 2 }, prefix: true, fuzzy: 0.25, combineWith: 'AND' },
};

const KIND_WORDS: Record<SearchDocument['kind'], string> = {
  organization: 'organization organisation',
  person: 'person people kişi персона',
  party: 'member observer state country üye gözlemci член наблюдатель',
  summit: 'summit meeting zirve zirvesi саммит',
};

/** A result as the search island shows it. */
export type SearchHit = SearchResult & Pick<SearchDocument, 'kind' | 'title' | 'detail' | 'url'>;

/** Everything findable in the records, as of the build date. */
export function searchDocuments(records: readonly OrganizationRecord[], today: PlainDate): SearchDocument[] {
  return records.flatMap((record) => {
    const org = record.organization.id;
    const orgName = organizationName(record, today);
    const docs: SearchDocument[] = [
      {
        id: `org:${org}`,
        kind: 'organization',
        title: orgName.name,
        detail: [orgName.abbreviation, `founded ${formatDate(record.organization.founded.date)}`].filter(Boolean).join(', '),
        names: Object.values(record.organization.names)
          .flatMap((n) => [n.name, n.official, n.abbreviation])
          .filter(Boolean)
          .join(' · '),
        url: paths.overview(org),
      },
    ];
    for (const p of record.people) {
      docs.push({
        id: `person:${org}:${p.id}`,
        kind: 'person',
        title: personDisplayName(record, p.id),
        detail: `${partyDisplayName(record, p.nationality, today)} · ${orgName.abbreviation ?? orgName.name}`,
        names: [...Object.values(p.names), ...(p.transliterations ?? [])].join(' · '),
        url: paths.person(org, p.id),
      });
    }
    for (const party of record.parties) {
      docs.push({
        id: `party:${org}:${party.id}`,
        kind: 'party',
        title: partyDisplayName(record, party.id, today),
        detail: `In the ${orgName.name}`,
        names: Object.values(party.names)
          .flatMap((n) => [n.name, n.official, n.abbreviation])
          .filter(Boolean)
          .join(' · '),
        url: `${paths.overview(org)}#members`,
      });
    }
    for (const s of record.summits) {
      const host = s.host ? partyDisplayName(record, s.host, earliestDay(s.date)) : undefined;
      docs.push({
        id: `summit:${org}:${s.id}`,
        kind: 'summit',
        title: s.name ?? `Summit of ${formatDate(s.date)}`,
        detail: [formatDate(s.date), s.city, host, orgName.abbreviation ?? orgName.name].filter(Boolean).join(' · '),
        names: [s.city, host, s.venue, s.date.slice(0, 4)].filter(Boolean).join(' · '),
        url: paths.summit(org, s.id),
      });
    }
    return docs;
  });
}
