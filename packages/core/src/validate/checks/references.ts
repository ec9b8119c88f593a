import type { CheckContext } from '../context';
import type { DiagnosticCode } from '../codes';

type Kind = 'party' | 'person' | 'office' | 'source' | 'summit';
const CODE: Record<Kind, DiagnosticCode> = {
  party: 'UNKNOWN_PARTY',
  person: 'UNKNOWN_PERSON',
  office: 'UNKNOWN_OFFICE',
  source: 'UNKNOWN_SOURCE',
  summit: 'UNKNOWN_SUMMIT',
};

/** Every id a record mentions names an entry it has. */
export function checkReferences(ctx: CheckContext): void {
  const { record, model } = ctx;
  // The model's maps answer for ids as they are (their keys in the record's order); summits have none.
  const known: Record<Kind, ReadonlyMap<string, unknown> | ReadonlySet<string>> = {
    party: model.parties,
    person: model.people,
    office: model.offices,
    source: model.sources,
    summit: new Set(record.summits.map((s) => s.id)),
  };
  const unknown = (kind: Kind, id: string, path: (string | number)[]) => {
    const sample = [...known[kind].keys()].slice(0, 12).join(', ');
    ctx.report(CODE[kind], `unknown ${kind} "${id}"`, path, sample ? { hint: `Known ${kind}s: ${sample}${known[kind].size > 12 ? ', …' : ''}` } : {});
  };
  // The path is completed (`...path, a, b`) only for an unknown id: a valid record allocates none.
  const ref = (kind: Kind, id: string | undefined, base: (string | number)[], a?: string | number, b?: string | number) => {
    if (id !== undefined && !known[kind].has(id)) unknown(kind, id, a === undefined ? base : b === undefined ? [...base, a] : [...base, a, b]);
  };
  /** `ref` for a field of decision `i`: the path `['decisions', i, a, b]` is built only for an unknown id. */
  const refOf = (i: number, kind: Kind, id: string | undefined, a: string, b?: number) => {
    if (id !== undefined && !known[kind].has(id)) unknown(kind, id, b === undefined ? ['decisions', i, a] : ['decisions', i, a, b]);
  };
  const sources = (ids: readonly string[] | undefined, path: (string | number)[]) => ids?.forEach((id, i) => ref('source', id, path, 'sources', i));

  const org = record.organization;
  ref('party', org.founded.party, ['organization', 'founded', 'party']);
  ref('summit', org.founded.summit, ['organization', 'founded', 'summit']);
  sources(org.founded.sources, ['organization', 'founded']);
  org.headquarters?.forEach((seat, i) => {
    ref('party', seat.party, ['organization', 'headquarters', i, 'party']);
    sources(seat.sources, ['organization', 'headquarters', i]);
  });
  sources(org.sources, ['organization']);
  record.parties.forEach((p, i) => sources(p.sources, ['parties', i]));
  record.people.forEach((p, i) => {
    ref('party', p.nationality, ['people', i, 'nationality']);
    sources(p.sources, ['people', i]);
    p.career?.forEach((c, j) => sources(c.sources, ['people', i, 'career', j]));
  });
  record.offices.forEach((office, o) =>
    office.groups?.forEach((group, g) => {
      group.parties.forEach((p, k) => ref('party', p, ['offices', o, 'groups', g, 'parties', k]));
      sources(group.sources, ['offices', o, 'groups', g]);
    }),
  );
  record.offices.forEach((office, o) =>
    office.rules.forEach((rule, r) => {
      const path = ['offices', o, 'rules', r];
      sources(rule.sources, path);
      const order = rule.kind === 'rotation' ? rule.order : rule.nationality?.order;
      if (order && order.kind !== 'alphabetical') order.parties.forEach((p, k) => ref('party', p, [...path, ...(rule.kind === 'term' ? ['nationality'] : []), 'order', 'parties', k]));
    }),
  );
  record.summits.forEach((s, i) => {
    ref('party', s.host, ['summits', i, 'host']);
    sources(s.sources, ['summits', i]);
  });
  // A plain loop with no path per decision: records of 100,000 decisions pass through here.
  const decisions = record.decisions;
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i]!;
    refOf(i, 'summit', d.summit, 'summit');
    const ids = d.sources;
    if (ids) for (let k = 0; k < ids.length; k++) refOf(i, 'source', ids[k], 'sources', k);
    if ('office' in d) refOf(i, 'office', d.office, 'office');
    if ('party' in d) refOf(i, 'party', d.party, 'party');
    if ('person' in d) refOf(i, 'person', d.person, 'person');
    if (d.type === 'handover') {
      refOf(i, 'party', d.from, 'from');
      refOf(i, 'party', d.to, 'to');
    }
    if (d.type === 'swap') d.parties.forEach((p, k) => refOf(i, 'party', p, 'parties', k));
    if (d.type === 'replace') refOf(i, 'party', d.with, 'with');
    if (d.type === 'change-rule') {
      const office = model.offices.get(d.office);
      if (office && !office.rules.some((r) => r.id === d.rule)) ctx.report('UNKNOWN_RULE', `office "${d.office}" has no rule version "${d.rule}"`, ['decisions', i, 'rule']);
    }
  }
  record.gaps?.forEach((g, i) => {
    ref('office', g.office, ['gaps', i, 'office']);
    ref('person', g.person, ['gaps', i, 'person']);
    ref('party', g.party, ['gaps', i, 'party']);
    sources(g.sources, ['gaps', i]);
  });
  record.attestations?.forEach((a, i) => {
    ref('office', a.office, ['attestations', i, 'office']);
    ref('person', a.person, ['attestations', i, 'person']);
    ref('party', a.party, ['attestations', i, 'party']);
    sources(a.sources, ['attestations', i]);
    // An attestation shows one holder in office: a person for a person-held office, else a party.
    const heldBy = model.offices.get(a.office)?.heldBy;
    if (heldBy && (heldBy === 'person' ? a.person === undefined : a.party === undefined)) {
      ctx.report('MISSING_HOLDER', `attestation of "${a.office}" on ${a.date} names no ${heldBy}`, ['attestations', i]);
    }
  });
  // Every id of the record, gathered only when a dispute names some.
  let anyId: Set<string> | undefined;
  record.disputes?.forEach((dispute, i) => {
    dispute.claims.forEach((c, j) => sources(c.sources, ['disputes', i, 'claims', j]));
    dispute.concerns?.forEach((id, j) => {
      anyId ??= new Set<string>([
        ...record.summits.map((s) => s.id),
        ...record.decisions.map((d) => d.id),
        ...model.parties.keys(),
        ...model.people.keys(),
        ...model.offices.keys(),
        ...record.offices.flatMap((o) => o.rules.map((r) => r.id)),
      ]);
      if (!anyId.has(id)) ctx.report('UNKNOWN_REFERENCE', `dispute "${dispute.id}" concerns unknown id "${id}"`, ['disputes', i, 'concerns', j]);
    });
  });
}
