import { earliestDay, membershipHistory } from '@turnus/core';
import { DateText } from '../components/DateText';
import { Island } from '../components/Island';
import { TimelineChart } from '../islands/TimelineChart';
import { TimelineLegend } from '../components/TimelineLegend';
import { formatAtPrecision, formatDate } from '../lib/dates';
import { flagsOf } from '../lib/flags';
import { paths } from '../lib/paths';
import { partyName, statusWord } from '../lib/record-text';
import { summitsBySeries, SUMMIT_KIND, summitTitle } from '../lib/summits';
import { timelineData } from '../lib/timeline';
import type { PageContext } from '../page-context';

/** The organization over time: the SVG picture (an island, for zoom and keyboard) and the same data as tables. */
export function TimelinePage({ record, today }: PageContext) {
  const org = record.organization.id;
  const data = timelineData(record, today);
  const periodRows = data.rows.filter((r) => r.kind === 'office' || r.kind === 'projection');
  return (
    <>
      <h1>Timeline</h1>
      <p class="lede">
        Who held each office, who belonged, and when the summits met, from the record; after today (<DateText date={today} />), the projections by
        rule on their own rows, drawn with a dashed outline. Hatching marks a change whose day the sources do not give.
      </p>
      <noscript>
        <p class="notice">Zooming needs JavaScript; without it, the picture shows the years around the build date, and the tables below hold everything.</p>
      </noscript>
      <TimelineLegend />
      <Island name="timeline" props={{ org, today, flags: flagsOf(record.parties.map((p) => p.id)) }} record={paths.islandData(org)} flags={flagsOf(record.parties.map((p) => p.id))}>
        <TimelineChart org={org} today={today} flags={flagsOf(record.parties.map((p) => p.id))} />
      </Island>
      <section id="timeline-tables" aria-labelledby="timeline-tables-heading">
        <h2 id="timeline-tables-heading">The same data as tables</h2>
        {periodRows.map((row) => {
          const items = data.items.filter((i) => i.row === row.id);
          return (
            <div class="table-scroll" key={row.id}>
              <table class="wide stack">
                <caption>{row.label}</caption>
                <thead>
                  <tr>
                    <th scope="col">Holder</th>
                    <th scope="col">From</th>
                    <th scope="col">Until</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">{i.href ? <a href={i.href}>{i.label}</a> : i.label}</th>
                      <td data-label="From">{i.fromText}</td>
                      <td data-label="Until">{i.untilText}</td>
                      <td data-label="Details">{i.title}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
        <div class="table-scroll">
          <table class="stack">
            <caption>Membership</caption>
            <thead>
              <tr>
                <th scope="col">Party</th>
                <th scope="col">Standing</th>
                <th scope="col">From</th>
                <th scope="col">Until</th>
              </tr>
            </thead>
            <tbody>
              {[...membershipHistory(record)].flatMap(([party, periods]) =>
                periods.map((p, i) => (
                  <tr key={`${party}-${i}`}>
                    <th scope="row">{partyName(record, party, p.start)}</th>
                    <td data-label="Standing">{statusWord(p.status)}</td>
                    <td class="nowrap" data-label="From">{formatAtPrecision(p.start, p.startPrecision)}</td>
                    <td class="nowrap" data-label="Until">{p.end ? formatDate(p.end) : 'present'}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
        <div class="table-scroll">
          <table class="stack">
            <caption>Summits</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Summit</th>
                <th scope="col">Kind</th>
                <th scope="col">Host</th>
              </tr>
            </thead>
            <tbody>
              {summitsBySeries(record)
                .flatMap((g) => g.summits)
                .sort((a, b) => (earliestDay(a.date) < earliestDay(b.date) ? -1 : 1))
                .map((s) => (
                  <tr key={s.id}>
                    <td class="nowrap" data-label="Date">{formatDate(s.date)}</td>
                    <th scope="row">
                      <a href={paths.summit(org, s.id)}>{summitTitle(s)}</a>
                    </th>
                    <td data-label="Kind">
                      {SUMMIT_KIND[s.kind]}
                      {s.status !== 'held' ? ` (${s.status})` : ''}
                    </td>
                    <td data-label="Host">{[s.city, s.host ? partyName(record, s.host, earliestDay(s.date)) : undefined].filter(Boolean).join(', ') || (s.mode === 'online' ? 'online' : '')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
