import { earliestDay, membershipHistory } from '@turnus/core';
import { Island } from '../components/Island';
import { TimelineChart } from '../islands/TimelineChart';
import { TimelineLegend } from '../components/TimelineLegend';
import { formatAtPrecision, formatDate } from '../lib/dates';
import { flagsOf } from '../lib/flags';
import { paths } from '../lib/paths';
import { partyName, statusWord } from '../lib/record-text';
import { summitKind, summitsBySeries, summitTitle } from '../lib/summits';
import { timelineData } from '../lib/timeline';
import type { PageContext } from '../page-context';
import { t } from '../i18n/messages';

/** The organization over time: the SVG picture (an island, for zoom and keyboard) and the same data as tables. */
export function TimelinePage({ record, today }: PageContext) {
  const org = record.organization.id;
  const data = timelineData(record, today);
  const periodRows = data.rows.filter((r) => r.kind === 'office' || r.kind === 'projection');
  return (
    <>
      <h1>{t('tlTitle')}</h1>
      <p class="lede">{t('tlLede')(formatDate(today))}</p>
      <noscript>
        <p class="notice">{t('tlNoJs')}</p>
      </noscript>
      <TimelineLegend horizon={data.horizon} />
      <Island name="timeline" props={{ org, today, flags: flagsOf(record.parties.map((p) => p.id)) }} record={paths.islandData(org)} flags={flagsOf(record.parties.map((p) => p.id))}>
        <TimelineChart org={org} today={today} flags={flagsOf(record.parties.map((p) => p.id))} />
      </Island>
      <section id="timeline-tables" aria-labelledby="timeline-tables-heading">
        <h2 id="timeline-tables-heading">{t('tlTablesTitle')}</h2>
        {periodRows.map((row) => {
          const items = data.items.filter((i) => i.row === row.id);
          return (
            <div class="table-scroll" key={row.id}>
              <table class="wide stack">
                <caption>{row.label}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('holder')}</th>
                    <th scope="col">{t('from2')}</th>
                    <th scope="col">{t('until2')}</th>
                    <th scope="col">{t('details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">{i.href ? <a href={i.href}>{i.label}</a> : i.label}</th>
                      <td data-label={t('from2')}>{i.fromText}</td>
                      <td data-label={t('until2')}>{i.untilText}</td>
                      <td data-label={t('details')}>{i.title}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
        <div class="table-scroll">
          <table class="stack">
            <caption>{t('membership')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('party')}</th>
                <th scope="col">{t('standing')}</th>
                <th scope="col">{t('from2')}</th>
                <th scope="col">{t('until2')}</th>
              </tr>
            </thead>
            <tbody>
              {[...membershipHistory(record)].flatMap(([party, periods]) =>
                periods.map((p, i) => (
                  <tr key={`${party}-${i}`}>
                    <th scope="row">{partyName(record, party, p.start)}</th>
                    <td data-label={t('standing')}>{statusWord(p.status)}</td>
                    <td class="nowrap" data-label={t('from2')}>{formatAtPrecision(p.start, p.startPrecision)}</td>
                    <td class="nowrap" data-label={t('until2')}>
                      {p.end ? formatDate(p.end) : t('present')}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
        <div class="table-scroll">
          <table class="stack">
            <caption>{t('summitsRow')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('summit')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('host')}</th>
              </tr>
            </thead>
            <tbody>
              {summitsBySeries(record)
                .flatMap((g) => g.summits)
                .sort((a, b) => (earliestDay(a.date) < earliestDay(b.date) ? -1 : 1))
                .map((s) => (
                  <tr key={s.id}>
                    <td class="nowrap" data-label={t('date')}>{formatDate(s.date)}</td>
                    <th scope="row">
                      <a href={paths.summit(org, s.id)}>{summitTitle(s)}</a>
                    </th>
                    <td data-label={t('kind')}>
                      {summitKind(s.kind)}
                      {s.status === 'planned' ? ` (${t('planned')})` : ''}
                    </td>
                    <td data-label={t('host')}>{[s.city, s.host ? partyName(record, s.host, earliestDay(s.date)) : undefined].filter(Boolean).join(', ') || (s.mode === 'online' ? t('online') : '')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
