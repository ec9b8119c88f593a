import { partyDisplayName, personDisplayName, type Holding, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';

/** A holder as the JSON contract gives it: ids and display names; person fields null for party-held offices. */
export interface HolderJson {
  readonly party: string | null;
  readonly partyName: string | null;
  readonly person: string | null;
  readonly personName: string | null;
}

/** A tenure in the JSON contract's shape (`who --json`, and the items of `history`/`next`). */
export interface TenureJson {
  readonly org: string;
  readonly office: string;
  readonly on: PlainDate;
  readonly status: Holding['status'];
  readonly holder: HolderJson | null;
  readonly start: PlainDate | null;
  readonly startPrecision?: string;
  readonly end: PlainDate | null;
  readonly termEnd?: PlainDate;
  readonly basis: 'recorded' | 'projected' | null;
  readonly rule?: string;
  readonly sources: readonly string[];
  readonly candidates?: readonly TenureJson[];
}

export function holderJson(record: OrganizationRecord, tenure: Tenure, on: PlainDate): HolderJson {
  const { party, person } = tenure.holder;
  return {
    party,
    partyName: party === null ? null : partyDisplayName(record, party, on),
    person,
    personName: person === null ? null : personDisplayName(record, person),
  };
}

export function tenureJson(record: OrganizationRecord, tenure: Tenure, on: PlainDate): TenureJson {
  return {
    org: record.organization.id,
    office: tenure.office,
    on,
    status: 'held',
    holder: holderJson(record, tenure, on),
    start: tenure.start,
    ...(tenure.startPrecision !== 'day' ? { startPrecision: tenure.startPrecision } : {}),
    end: tenure.end,
    ...(tenure.termEnd ? { termEnd: tenure.termEnd } : {}),
    basis: tenure.basis,
    ...(tenure.rule ? { rule: tenure.rule } : {}),
    sources: tenure.sources,
  };
}

export function holdingJson(record: OrganizationRecord, office: string, on: PlainDate, holding: Holding): TenureJson {
  if (holding.status === 'held') return tenureJson(record, holding.tenure, on);
  const empty = { org: record.organization.id, office, on, status: holding.status, holder: null, start: null, end: null, basis: null, sources: [] as string[] };
  if (holding.status === 'vacant') return empty;
  return { ...empty, candidates: holding.candidates.map((t) => tenureJson(record, t, on)) };
}

/** "Kubanychbek Omuraliev (Kyrgyzstan)" or "Azerbaijan". */
export function holderText(record: OrganizationRecord, tenure: Tenure, on: PlainDate): string {
  const h = holderJson(record, tenure, on);
  if (h.personName) return h.partyName ? `${h.personName} (${h.partyName})` : h.personName;
  return h.partyName ?? 'unknown';
}
