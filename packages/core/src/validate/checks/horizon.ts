import { addDays, afterLatestDay, minDate, type PlainDate } from '../../calendar/plain-date';
import type { Office } from '../../schema/office';
import type { CheckContext } from '../context';

/** The last day a source's date can mean (a source dated `2026-03` may be of 31 March). */
function lastDayOf(date: string): PlainDate {
  return addDays(afterLatestDay(date), -1);
}

/** The newest date among the sources `ids` name, or undefined when none of them has a date. */
function newestOf(ctx: CheckContext, ids: Iterable<string>): PlainDate | undefined {
  let newest: PlainDate | undefined;
  for (const id of ids) {
    const date = ctx.model.sources.get(id)?.date;
    if (date === undefined) continue;
    const day = lastDayOf(date);
    if (newest === undefined || day > newest) newest = day;
  }
  return newest;
}

/**
 * The sources that speak about an office: its decisions, rule versions and groups, the gaps
 * about it, and the meetings that can pass it (those naming it in `passes`, or, where none names
 * any office, the organization's own summits).
 */
function officeSources(ctx: CheckContext, office: Office): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly string[] | undefined) => list?.forEach((id) => ids.add(id));
  for (const d of ctx.record.decisions) if ((d as { office?: string }).office === office.id) add(d.sources);
  for (const rule of office.rules) add(rule.sources);
  office.groups?.forEach((g) => add(g.sources));
  ctx.record.gaps?.forEach((g) => g.office === office.id && add(g.sources));
  const explicit = ctx.record.summits.some((s) => s.passes !== undefined);
  for (const s of ctx.record.summits) if (explicit ? s.passes?.includes(office.id) : s.body === undefined) add(s.sources);
  return ids;
}

/**
 * The knowledge horizon (`horizon`, on the record or an office) claims that the record has every
 * event through that day. It cannot reach past the day the record was checked (`asOf`) or the day
 * of this check (HORIZON_AFTER_AS_OF), and it should rest on a source of that date or later: a
 * horizon later than the newest dated source (of the record, or of the office) claims knowledge
 * no cited page gives (HORIZON_UNSUPPORTED).
 */
export function checkHorizon(ctx: CheckContext): void {
  const { record } = ctx;
  const limit = minDate(record.asOf, ctx.today);
  const against = limit === record.asOf ? `the record's asOf (${record.asOf})` : `the day of the check (${ctx.today})`;
  const check = (horizon: PlainDate, path: (string | number)[], what: string, newest: PlainDate | undefined) => {
    if (horizon > limit) ctx.report('HORIZON_AFTER_AS_OF', `${what} horizon ${horizon} is after ${against}`, path);
    if (newest === undefined) ctx.report('HORIZON_UNSUPPORTED', `${what} horizon is ${horizon}, but none of its sources has a date`, path);
    else if (horizon > newest) ctx.report('HORIZON_UNSUPPORTED', `${what} horizon ${horizon} is later than its newest source (${newest})`, path);
  };
  if (record.horizon !== undefined) check(record.horizon, ['horizon'], 'the record', newestOf(ctx, record.sources.map((s) => s.id)));
  record.offices.forEach((office, i) => {
    if (office.horizon !== undefined) check(office.horizon, ['offices', i, 'horizon'], `office "${office.id}":`, newestOf(ctx, officeSources(ctx, office)));
  });
}
