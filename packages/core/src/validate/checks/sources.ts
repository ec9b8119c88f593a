import type { CheckContext } from '../context';

/**
 * Every dated fact has a source: decisions, summits that were held or are planned, rule
 * versions, the founding. A fact resting only on mirrors of reference works gets an info.
 */
export function checkSources(ctx: CheckContext): void {
  const { record, model } = ctx;
  /** Whether a fact's sources call for a diagnostic: none given, or only mirrors. */
  const weak = (ids: readonly string[] | undefined) => {
    if (!ids || ids.length === 0) return true;
    for (const id of ids) if (model.sources.get(id)?.tier !== 'mirror') return false;
    return true;
  };
  const missing = (ids: readonly string[] | undefined, what: string, path: (string | number)[]) => {
    if (!ids || ids.length === 0) {
      ctx.report('MISSING_SOURCE', `${what} has no source`, path);
      return;
    }
    if (weak(ids)) ctx.report('WEAK_SOURCE', `${what} rests only on mirror copies of reference works`, [...path, 'sources']);
  };
  missing(record.organization.founded.sources, 'the founding', ['organization', 'founded']);
  // A decision's description and path are built only when it is reported.
  record.decisions.forEach((d, i) => {
    if (weak(d.sources)) missing(d.sources, `decision "${d.id}"`, ['decisions', i]);
  });
  record.summits.forEach((s, i) => missing(s.sources, `summit "${s.id}"`, ['summits', i]));
  record.offices.forEach((office, o) =>
    office.rules.forEach((rule, r) => {
      if (rule.text !== undefined || rule.role === 'stated') missing(rule.sources, `rule "${rule.id}"`, ['offices', o, 'rules', r]);
    }),
  );
  record.offices.forEach((office, o) => office.groups?.forEach((group, g) => missing(group.sources, `group "${group.id}"`, ['offices', o, 'groups', g])));
  record.disputes?.forEach((d, i) => d.claims.forEach((c, j) => { if (c.sources.length === 0) ctx.report('MISSING_SOURCE', `a claim of dispute "${d.id}" has no source`, ['disputes', i, 'claims', j]); }));
}
