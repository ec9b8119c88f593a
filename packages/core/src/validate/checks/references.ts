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
  const known: Record<Kind, ReadonlySet<string>> = {
    party: new Set(model.parties.keys()),
    person: new Set(model.people.keys()),
    office: new Set(model.offices.keys()),
    source: new Set(model.sources.keys()),
    summit: new Set(record.summits.map((s) => s.id)),
  };
  // The path is completed (`...path, a, b`) only for an unknown id: a valid record allocates none.
  const ref = (kind: Kind, id: string | undefined, base: (string | number)[], a?: string | number, b?: string | number) => {
    if (id !== undefined && !known[kind].has(id)) {
      const path = a === undefined ? base : b === undefined ? [...base, a] : [...base, a, b];
      const sample = [...known[kind]].slice(0, 12).join(', ');
      ctx.report(CODE[kind], `unknown ${kind} "${id}"`, path, sample ? { hint: `Known ${kind}s: ${sample}${known[kind].size > 12 ? ', …' : ''}` } : {});
    }
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
  record.decisions.forEach((d, i) => {
    const path = ['decisions', i];
    ref('summit', d.summit, path, 'summit');
    sources(d.sources, path);
    if ('office' in d) ref('office', d.office, path, 'office');
    if ('party' in d) ref('party', d.party, path, 'party');
    if ('person' in d) ref('person', d.person, path, 'person');
    if (d.type === 'handover') {
      ref('party', d.from, path, 'from');
      ref('party', d.to, path, 'to');
    }
    if (d.type === 'swap') d.parties.forEach((p, k) => ref('party', p, path, 'parties', k));
    if (d.type === 'replace') ref('party', d.with, path, 'with');
    if (d.type === 'change-rule') {
      const office = model.offices.get(d.office);
      if (office && !office.rules.some((r) => r.id === d.rule)) ctx.report('UNKNOWN_RULE', `office "${d.office}" has no rule version "${d.rule}"`, [...path, 'rule']);
    }
  });
  record.gaps?.forEach((g, i) => {
    ref('office', g.office, ['gaps', i, 'office']);
    ref('person', g.person, ['gaps', i, 'person']);
    ref('party', g.party, ['gaps', i, 'party']);
    sources(g.sources, ['gaps', i]);
  });
  const anyId = new Set<string>([
    ...record.summits.map((s) => s.id),
    ...record.decisions.map((d) => d.id),
    ...model.parties.keys(),
    ...model.people.keys(),
    ...model.offices.keys(),
    ...record.offices.flatMap((o) => o.rules.map((r) => r.id)),
  ]);
  record.disputes?.forEach((dispute, i) => {
    dispute.claims.forEach((c, j) => sources(c.sources, ['disputes', i, 'claims', j]));
    dispute.concerns?.forEach((id, j) => {
      if (!anyId.has(id)) ctx.report('UNKNOWN_REFERENCE', `dispute "${dispute.id}" concerns unknown id "${id}"`, ['disputes', i, 'concerns', j]);
    });
  });
}
