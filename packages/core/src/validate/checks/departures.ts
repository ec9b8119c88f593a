import { earliestDay } from '../../calendar/plain-date';
import { departingEntries } from '../../query/audit';
import type { CheckContext } from '../context';

/**
 * Recorded periods against the rules: a chair that is not the summit host (CHAIR_NOT_HOST), and
 * any other holder or a longer period than the rule gives, with no decision to explain it
 * (UNEXPLAINED_DEPARTURE). A departure from the stated rule by a period that follows the
 * recorded practice is an info: the record already says what happened and why.
 */
export function checkDepartures(ctx: CheckContext): void {
  for (const office of ctx.record.offices) {
    if (office.rules.length === 0) continue;
    // Only the entries that depart: the audit makes none for a conforming tenure.
    const entries = departingEntries(ctx.model, ctx.model.offices.get(office.id)!);
    // The practice's entries by rule and tenure, indexed only when a stated rule's departure needs them.
    let practiceEntries: Map<string, Map<object, (typeof entries)[number]>> | undefined;
    const practiceIndex = () => {
      if (practiceEntries) return practiceEntries;
      practiceEntries = new Map();
      for (const e of entries) if (e.role === 'practice') practiceEntries.set(e.rule, (practiceEntries.get(e.rule) ?? new Map()).set(e.tenure, e));
      return practiceEntries;
    };
    for (const entry of entries) {
      if (entry.departures.length === 0) continue;
      const path = ctx.decisionPath(entry.tenure.decisions[0]!);
      const practice = office.rules.find(
        (r) => r.role === 'practice' && earliestDay(r.from) <= entry.tenure.start && (r.to === undefined || entry.tenure.start < earliestDay(r.to)),
      );
      const practiceEntry = practice && entry.role === 'stated' ? practiceIndex().get(practice.id)?.get(entry.tenure) : undefined;
      // The practice's audit has an entry for every tenure in its window (the window that found
      // `practice`), kept here only when it departs: no entry means it departs from nothing.
      const followsPractice = entry.role === 'stated' && practice !== undefined && (practiceEntry === undefined || practiceEntry.departures.every((d) => d.kind === 'timing'));
      for (const departure of entry.departures) {
        if (departure.kind === 'host') {
          ctx.report('CHAIR_NOT_HOST', `${entry.tenure.holder.party} took ${office.id} on ${entry.tenure.start}, but ${departure.message} (rule "${entry.rule}")`, path);
          continue;
        }
        if (departure.kind === 'timing' || departure.explainedBy.length > 0) continue;
        if (departure.kind === 'length' && office.heldBy === 'person') continue; // TERM_EXCEEDED says it
        ctx.report(
          'UNEXPLAINED_DEPARTURE',
          `${office.id} from ${entry.tenure.start} (${entry.tenure.holder.person ?? entry.tenure.holder.party}) departs from ${entry.role} rule "${entry.rule}": ${departure.message}${followsPractice ? `; it follows the recorded practice "${practice!.id}"` : ''}`,
          path,
          followsPractice ? { severity: 'info' } : {},
        );
      }
    }
  }
}
