import { afterLatestDay, earliestDay } from '../../calendar/plain-date';
import type { CheckContext } from '../context';

/** Summit numbering (unique and in date order within a series), date ranges, and stale plans. */
export function checkSummits(ctx: CheckContext): void {
  const { record, today } = ctx;
  const bySeries = new Map<string, { ordinal: number; date: string; index: number }[]>();
  record.summits.forEach((s, i) => {
    if (s.endDate !== undefined && s.endDate < earliestDay(s.date)) ctx.report('DATE_ORDER', `summit "${s.id}" ends on ${s.endDate}, before it starts on ${s.date}`, ['summits', i, 'endDate']);
    if (s.ordinal !== undefined && s.kind !== 'ordinary') ctx.report('SUMMIT_ORDINAL_KIND', `${s.kind} summit "${s.id}" has the number ${s.ordinal}`, ['summits', i, 'ordinal']);
    if (s.status === 'planned' && afterLatestDay(s.date) <= today) {
      const gap = (record.gaps ?? []).find((g) => g.concerns?.includes(s.id));
      ctx.report('PLANNED_SUMMIT_PAST', `summit "${s.id}" was planned for ${s.date} and is still marked planned${gap ? ` (declared gap "${gap.id}")` : ''}`, ['summits', i, 'status'], gap ? { severity: 'info' } : {});
    }
    if (s.ordinal === undefined || s.kind !== 'ordinary') return;
    const series = s.series ?? '';
    const list = bySeries.get(series) ?? [];
    list.push({ ordinal: s.ordinal, date: earliestDay(s.date), index: i });
    bySeries.set(series, list);
  });
  for (const [series, list] of bySeries) {
    const name = series || record.organization.id;
    const seen = new Map<number, number>();
    for (const s of list) {
      const first = seen.get(s.ordinal);
      if (first !== undefined) ctx.report('SUMMIT_ORDINAL_DUPLICATE', `summits ${first} and ${s.index} of series "${name}" are both number ${s.ordinal}`, ['summits', s.index, 'ordinal']);
      else seen.set(s.ordinal, s.index);
    }
    const byDate = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ordinal - b.ordinal));
    for (let k = 1; k < byDate.length; k++) {
      const prev = byDate[k - 1]!;
      const cur = byDate[k]!;
      if (cur.ordinal < prev.ordinal) ctx.report('SUMMIT_ORDINAL_ORDER', `summit number ${cur.ordinal} (${cur.date}) comes after number ${prev.ordinal} (${prev.date}) in series "${name}"`, ['summits', cur.index, 'ordinal']);
    }
  }
}
