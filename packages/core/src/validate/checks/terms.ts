import { daysBetween } from '../../calendar/plain-date';
import { termRuleOn } from '../../model/compile';
import type { CheckContext } from '../context';

/**
 * Terms against their rule: held past the end by rule with no extension (TERM_EXCEEDED), still
 * running after it with no successor (TERM_EXPIRED: the record is stale), and consecutive holders
 * of one nationality where the rule forbids it, and reappointments beyond the renewals the rule
 * allows. A declared gap turns the first two into infos.
 */
export function checkTerms(ctx: CheckContext): void {
  const { record, model, today } = ctx;
  for (const office of record.offices) {
    const tenures = model.tenures.get(office.id) ?? [];
    let consecutive = 0;
    tenures.forEach((tenure, k) => {
      const who = tenure.holder.person ?? tenure.holder.party ?? 'the holder';
      if (tenure.termEnd) {
        if (tenure.end !== null && tenure.end > tenure.termEnd) {
          const gap = ctx.gapCovering({ office: office.id, ...(tenure.holder.person ? { person: tenure.holder.person } : {}) }, tenure.termEnd, tenure.end);
          ctx.report(
            'TERM_EXCEEDED',
            `${who} held ${office.id} until ${tenure.end}, ${daysBetween(tenure.termEnd, tenure.end)} days after the term ended by rule on ${tenure.termEnd}${gap ? ` (declared gap "${gap}")` : ''}`,
            ctx.decisionPath(tenure.decisions[0]!),
            gap ? { severity: 'info' } : {},
          );
        }
        if (tenure.end === null && tenure.termEnd <= today && termRuleOn(office, tenure.start)?.onExpiry !== 'holdover') {
          const gap = ctx.gapCovering({ office: office.id, ...(tenure.holder.person ? { person: tenure.holder.person } : {}) }, tenure.termEnd, today);
          ctx.report(
            'TERM_EXPIRED',
            `the term of ${who} as ${office.id} ended by rule on ${tenure.termEnd}; the record has no successor or extension${gap ? ` (declared gap "${gap}")` : ''}`,
            ctx.decisionPath(tenure.decisions[0]!),
            gap ? { severity: 'info' } : {},
          );
        }
      }
      const rule = termRuleOn(office, tenure.start);
      const previous = tenures[k - 1];
      // Consecutive terms of one person so far, counted as the loop goes (not by looking back).
      consecutive = previous && tenure.holder.person !== null && previous.holder.person === tenure.holder.person ? consecutive + 1 : 0;
      if (rule?.renewals !== undefined && tenure.holder.person !== null) {
        const renewals = consecutive;
        if (renewals > rule.renewals) {
          ctx.report('RENEWALS_EXCEEDED', `${who} was appointed to ${office.id} for the ${renewals + 1}${renewals === 1 ? 'nd' : renewals === 2 ? 'rd' : 'th'} consecutive term; rule "${rule.id}" allows ${rule.renewals} renewal${rule.renewals === 1 ? '' : 's'}`, ctx.decisionPath(tenure.decisions[0]!));
        }
      }
      if (rule?.nationality?.noConsecutiveSame && previous && previous.holder.party !== null && previous.holder.party === tenure.holder.party) {
        ctx.report('SAME_NATIONALITY', `${previous.holder.person} and ${tenure.holder.person} are consecutive holders of ${office.id} of one nationality (${tenure.holder.party}); rule "${rule.id}" forbids it`, ctx.decisionPath(tenure.decisions[0]!));
      }
    });
  }
}
