import { earliestDay, type OrganizationRecord, type Summit } from '@turnus/core';
import { t } from '../i18n/messages';

/** The summit kinds in words, for labels and legends. */
export function summitKind(kind: Summit['kind']): string {
  return kind === 'ordinary' ? t('kindOrdinary') : kind === 'informal' ? t('kindInformal') : t('kindExtraordinary');
}

/** A summit's short title: its name, else its ordinal and kind. */
export function summitTitle(s: Summit): string {
  return s.name ?? `${s.ordinal ? `${s.ordinal}. ` : ''}${summitKind(s.kind)} ${t('summitWord')}`;
}

/** Summits grouped by numbering series, each in date order; the organization's own series first. */
export function summitsBySeries(record: OrganizationRecord): { series: string | null; summits: Summit[] }[] {
  const groups = new Map<string | null, Summit[]>();
  for (const s of [...record.summits].sort((a, b) => (earliestDay(a.date) < earliestDay(b.date) ? -1 : earliestDay(a.date) > earliestDay(b.date) ? 1 : 0))) {
    const key = s.series ?? null;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0)).map(([series, summits]) => ({ series, summits }));
}

/** The summits before and after one, in date order across series. */
export function neighbours(record: OrganizationRecord, id: string): { previous?: Summit; next?: Summit } {
  const sorted = [...record.summits].sort((a, b) => (earliestDay(a.date) < earliestDay(b.date) ? -1 : earliestDay(a.date) > earliestDay(b.date) ? 1 : 0));
  const i = sorted.findIndex((s) => s.id === id);
  return { ...(i > 0 ? { previous: sorted[i - 1]! } : {}), ...(i >= 0 && i < sorted.length - 1 ? { next: sorted[i + 1]! } : {}) };
}
