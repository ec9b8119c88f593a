import { isDuration } from '../../calendar/duration';
import { addDays, earliestDay, minDate } from '../../calendar/plain-date';
import { decisionsOf, effectiveDay, membershipOn } from '../../model/compile';
import { coverCount, timelineOf, periodIndexOn, type OfficeTimeline } from '../../query/_timeline';
import type { Tenure } from '../../model/types';
import type { CheckContext } from '../context';

/**
 * The periods of each office: every appointment names a holder; no two holders at once; a
 * handover comes from the holder; extensions and early ends concern someone in office; gaps
 * between periods are reported unless declared; holders are full members where a rule says so.
 */
export function checkPeriods(ctx: CheckContext): void {
  const { record, model } = ctx;
  record.decisions.forEach((d, i) => {
    if ('effective' in d && d.effective !== undefined && d.effective < earliestDay(d.date)) {
      ctx.report('DATE_ORDER', `decision "${d.id}" takes effect on ${d.effective}, before it was taken (${d.date})`, ['decisions', i, 'effective']);
    }
    if (d.type === 'appoint') {
      const office = model.offices.get(d.office);
      if (office?.heldBy === 'person' && d.person === undefined) ctx.report('MISSING_HOLDER', `appointment "${d.id}" to ${d.office} names no person`, ['decisions', i]);
      if (office?.heldBy === 'party' && d.party === undefined) ctx.report('MISSING_HOLDER', `appointment "${d.id}" to ${d.office} names no party`, ['decisions', i]);
    }
    if (d.type === 'extend' && d.for === undefined && d.until === undefined && d.by !== undefined && isDuration(d.by)) {
      // `by` names the body that decided (on every decision); a duration there is the extension's
      // length written under the wrong key, not a length no source gives.
      ctx.report('MISSING_FIELD', `extension "${d.id}" gives neither "for" nor "until", and its "by" (the body that decided) reads as a duration, ${d.by}`, ['decisions', i, 'by'], { hint: `Write the length as for: ${d.by} (or an end day as until: YYYY-MM-DD); by names who took the decision.` });
    } else if (d.type === 'extend' && d.for === undefined && d.until === undefined && model.offices.get(d.office)?.heldBy === 'person') {
      // A term extended for a length no source gives: the holder stays, the end is unknown.
      ctx.report('EXTENSION_LENGTH_UNKNOWN', `extension "${d.id}" gives neither "for" nor "until": the term's end is unknown`, ['decisions', i]);
    } else if (d.type === 'extend' && d.for === undefined && d.until === undefined) {
      ctx.report('MISSING_FIELD', `extension "${d.id}" gives neither "for" nor "until"`, ['decisions', i], { hint: 'Give the extension as a duration (for: P1Y) or an end day (until: 2022-11-11).' });
    }
  });
  // Extensions and early ends by office, in one pass (not one pass per office).
  const endings = new Map<string, number[]>();
  record.decisions.forEach((d, i) => {
    if (d.type !== 'extend' && d.type !== 'end-term') return;
    const list = endings.get(d.office);
    if (list) list.push(i);
    else endings.set(d.office, [i]);
  });
  for (const office of record.offices) {
    const tenures = model.tenures.get(office.id) ?? [];
    const own = endings.get(office.id) ?? [];
    const used = own.length === 0 ? undefined : new Set(tenures.flatMap((t) => t.decisions));
    for (const i of own) {
      const d = record.decisions[i]!;
      if (used!.has(d.id)) continue;
      // An extension of a period the rule gives (after the record) is spent by the continuation.
      const day = effectiveDay(d);
      const timeline = timelineOf(model, office.id);
      const k = periodIndexOn(timeline, day);
      const period = k < 0 ? undefined : timeline.periods[k];
      const held = period && (period.end === null || period.end > day) ? period : undefined;
      if (held?.decisions.includes(d.id)) continue;
      // An extension that names a party is spent on its next period, when it held none that day.
      if (d.type === 'extend' && d.party !== undefined && namedPartysNextPeriod(timeline, k + 1, d.party, record.parties.length)?.decisions.includes(d.id)) continue;
      const what = `${d.type === 'extend' ? 'extension' : 'end of term'} "${d.id}" on ${d.date}`;
      const holder = held ? (held.holder.person ?? held.holder.party) : null;
      const named = 'party' in d && d.party !== undefined ? d.party : undefined;
      ctx.report(
        'ORPHAN_DECISION',
        holder !== null && named !== undefined
          ? `${what} names ${named}, but ${holder} held ${office.id} that day${held!.basis === 'recorded' ? '' : ' (by rule)'}`
          : holder !== null
            ? `${what} concerns no period of ${office.id} that it can change (${holder} held it that day)`
            : `${what} concerns nobody in office ${office.id} that day`,
        ['decisions', i],
      );
    }
    office.groups?.forEach((group, g) => {
      const from = earliestDay(group.from);
      const to = group.to === undefined ? '9999-12-31' : earliestDay(group.to);
      const holders = tenures.filter((t) => t.start >= from && t.start < to).map((t) => t.holder.party);
      if (holders.join(',') !== group.parties.join(',')) {
        const index = record.offices.indexOf(office);
        ctx.report('GROUP_MISMATCH', `group "${group.id}" lists ${group.parties.join(', ')}; the periods beginning from ${group.from}${group.to ? ` to ${group.to}` : ''} are held by ${holders.join(', ') || 'nobody'}`, ['offices', index, 'groups', g]);
      }
    });
    const eligibilityRule = office.rules.some((r) => (r.kind === 'rotation' && r.eligible !== undefined) || (r.kind === 'term' && r.nationality !== undefined));
    // Each tenure is made from one start decision, in order (see compileTenures): read in place,
    // not looked up by id in a map of every decision, unless ids repeat (the map holds the last).
    const starts = decisionsOf(model.decisionsByDay, office.id).starts;
    const inPlace = starts.length === tenures.length && model.decisions.size === record.decisions.length;
    tenures.forEach((tenure, k) => {
      const startId = tenure.decisions[0]!;
      const previous = tenures[k - 1];
      if (previous && previous.start === tenure.start) {
        ctx.report('PERIOD_OVERLAP', `two holders of ${office.id} from ${tenure.start}: ${previous.holder.person ?? previous.holder.party} and ${tenure.holder.person ?? tenure.holder.party}`, ctx.decisionPath(startId));
      }
      const decision = inPlace ? starts[k] : model.decisions.get(startId);
      if (decision?.type === 'handover' && decision.from !== undefined && decision.from === decision.to) {
        ctx.report('HANDOVER_MISMATCH', `handover "${decision.id}" hands ${office.id} from ${decision.to} to itself`, [...ctx.decisionPath(startId), 'to']);
      }
      if (decision?.type === 'handover' && decision.from !== undefined && previous && previous.end === tenure.start && previous.holder.party !== decision.from) {
        ctx.report('HANDOVER_MISMATCH', `handover "${decision.id}" is from ${decision.from}, but ${previous.holder.party} held ${office.id} until ${tenure.start}`, [...ctx.decisionPath(startId), 'from']);
      }
      if (previous && previous.end !== null && previous.end < tenure.start) {
        const gap = ctx.gapCovering({ office: office.id }, previous.end, tenure.start);
        ctx.report('PERIOD_GAP', `${office.id} had no holder from ${previous.end} to ${tenure.start}${gap ? ` (declared gap "${gap}")` : ''}`, ctx.decisionPath(startId), gap ? { severity: 'info' } : {});
      }
      if (tenure.end !== null && tenure.end < tenure.start) {
        ctx.report('DATE_ORDER', `a period of ${office.id} ends on ${tenure.end}, before it starts on ${tenure.start}`, ctx.decisionPath(tenure.decisions[tenure.decisions.length - 1]!));
      }
      const party = tenure.holder.party;
      if (!eligibilityRule || party === null || !model.parties.has(party)) return;
      let standing = membershipOn(model, party, tenure.start);
      if (standing?.status !== 'member' && tenure.startUncertainUntil !== undefined) {
        // A start known only to the month or year: the holder need only be a member by the
        // window's last day (still within the period), not on the window's first.
        const last = addDays(tenure.end === null ? tenure.startUncertainUntil : minDate(tenure.startUncertainUntil, tenure.end), -1);
        if (membershipOn(model, party, last)?.status === 'member') standing = membershipOn(model, party, last);
      }
      if (standing?.status === 'member') return;
      if (office.heldBy === 'party' && standing?.status === 'observer') {
        ctx.report('OBSERVER_AS_CHAIR', `${party} was an observer, not a member, when it took ${office.id} on ${tenure.start}`, ctx.decisionPath(startId));
      } else {
        const who = office.heldBy === 'person' ? `the nationality of ${tenure.holder.person} (${party})` : party;
        ctx.report('HOLDER_NOT_MEMBER', `${who} was ${standing ? `${standing.status}` : 'not a member'} on ${tenure.start}, when ${office.id} began`, ctx.decisionPath(startId));
      }
    });
  }
}

/**
 * The first period of `party` from index `from` of the timeline on, looked for among at most
 * twice as many periods as the record has parties (a rotation comes round to each party sooner).
 */
function namedPartysNextPeriod(timeline: OfficeTimeline, from: number, party: string, parties: number): Tenure | undefined {
  const limit = from + 2 * parties + 2;
  for (let i = Math.max(0, from); i < limit; i++) {
    coverCount(timeline, i, 1);
    const period = timeline.periods[i];
    if (!period) return undefined;
    if (period.holder.party === party) return period;
  }
  return undefined;
}
