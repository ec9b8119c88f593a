import { earliestDay } from '../../calendar/plain-date';
import type { CheckContext } from '../context';

/** Rule versions fit their office and do not overlap within one role. */
export function checkRules(ctx: CheckContext): void {
  ctx.record.offices.forEach((office, o) => {
    office.rules.forEach((rule, r) => {
      const path = ['offices', o, 'rules', r];
      if (rule.kind === 'rotation' && office.heldBy !== 'party') ctx.report('RULE_MISMATCH', `rotation rule "${rule.id}" governs ${office.id}, an office held by a person`, [...path, 'kind']);
      if (rule.kind === 'term' && office.heldBy !== 'person') ctx.report('RULE_MISMATCH', `term rule "${rule.id}" governs ${office.id}, an office held by a party`, [...path, 'kind']);
      if (rule.kind === 'term' && rule.start === 'fixed-date' && rule.fixedDate === undefined) ctx.report('MISSING_FIELD', `term rule "${rule.id}" starts on a fixed date but gives no fixedDate`, path, { hint: 'Add fixedDate: MM-DD, e.g. 01-01.' });
      if (rule.to !== undefined && earliestDay(rule.to) <= earliestDay(rule.from)) ctx.report('DATE_ORDER', `rule "${rule.id}" ends on ${rule.to}, not after it starts on ${rule.from}`, [...path, 'to']);
      for (let k = 0; k < r; k++) {
        const other = office.rules[k]!;
        if (other.role !== rule.role) continue;
        const aEnd = rule.to === undefined ? '9999-12-31' : earliestDay(rule.to);
        const bEnd = other.to === undefined ? '9999-12-31' : earliestDay(other.to);
        if (earliestDay(rule.from) < bEnd && earliestDay(other.from) < aEnd) {
          ctx.report('RULE_OVERLAP', `${rule.role} rules "${other.id}" and "${rule.id}" of ${office.id} are both in force from ${[rule.from, other.from].sort()[1]}`, path);
        }
      }
    });
  });
}
