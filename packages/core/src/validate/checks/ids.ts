import type { CheckContext } from '../context';

/** Ids are unique within each list (and rule ids within the whole record). */
export function checkUniqueIds(ctx: CheckContext): void {
  const lists = ['sources', 'parties', 'people', 'offices', 'summits', 'decisions', 'gaps', 'disputes'] as const;
  for (const list of lists) {
    const seen = new Map<string, number>();
    (ctx.record[list] ?? []).forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined) ctx.report('DUPLICATE_ID', `${list} ${i} has the id "${entry.id}" of ${list} ${first}`, [list, i, 'id']);
      else seen.set(entry.id, i);
    });
  }
  const rules = new Map<string, string>();
  ctx.record.offices.forEach((office, o) =>
    office.rules.forEach((rule, r) => {
      const first = rules.get(rule.id);
      if (first !== undefined) ctx.report('DUPLICATE_ID', `rule id "${rule.id}" is already used by ${first}`, ['offices', o, 'rules', r, 'id']);
      else rules.set(rule.id, `office ${office.id}`);
    }),
  );
}
