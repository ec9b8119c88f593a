import type { CheckContext } from '../context';

/** Ids are unique within each list (and rule ids within the whole record). */
export function checkUniqueIds(ctx: CheckContext): void {
  const { record, model } = ctx;
  const lists = ['sources', 'parties', 'people', 'offices', 'summits', 'decisions', 'gaps', 'disputes'] as const;
  // The model's maps by id hold one entry per id: a list exactly as long as its map repeats no
  // id, and needs no map of its own (100,000 decisions would build one only to find nothing).
  const byId: Partial<Record<(typeof lists)[number], ReadonlyMap<string, unknown>>> = { sources: model.sources, parties: model.parties, people: model.people, offices: model.offices, decisions: model.decisions };
  for (const list of lists) {
    const entries = record[list] ?? [];
    if (byId[list]?.size === entries.length) continue;
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined) ctx.report('DUPLICATE_ID', `${list} ${i} has the id "${entry.id}" of ${list} ${first}`, [list, i, 'id']);
      else seen.set(entry.id, i);
    });
  }
  const rules = new Map<string, string>();
  record.offices.forEach((office, o) =>
    office.rules.forEach((rule, r) => {
      const first = rules.get(rule.id);
      if (first !== undefined) ctx.report('DUPLICATE_ID', `rule id "${rule.id}" is already used by ${first}`, ['offices', o, 'rules', r, 'id']);
      else rules.set(rule.id, `office ${office.id}`);
    }),
  );
}
