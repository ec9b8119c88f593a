import { earliestDay } from '@turnus/core';
import { DateText } from '../components/DateText';
import { SummitKindBadge } from '../components/SummitKindBadge';
import { paths } from '../lib/paths';
import { partyName } from '../lib/record-text';
import { summitsBySeries, summitTitle } from '../lib/summits';
import type { PageContext } from '../page-context';

const SERIES: Record<string, string> = {
  'turkic-speaking-states': 'Summits of the Heads of Turkic-Speaking States (the predecessor series)',
};

/** Every summit, grouped by series, newest last. */
export function SummitsPage({ record }: PageContext) {
  const org = record.organization.id;
  const groups = summitsBySeries(record);
  return (
    <>
      <h1>Summits</h1>
      <p class="lede">
        {record.summits.length} summits: ordinary summits (numbered), informal and extraordinary ones, and those planned. Where sources give only the month
        or the year, so does the list.
      </p>
      {groups.map(({ series, summits }) => (
        <section key={series ?? 'own'} aria-labelledby={`series-${series ?? 'own'}`}>
          <h2 id={`series-${series ?? 'own'}`}>{series === null ? 'Summits of the organization' : (SERIES[series] ?? series)}</h2>
          <div class="table-scroll">
            <table class="summits-table stack">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Summit</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {summits.map((s) => (
                  <tr key={s.id}>
                    <td class="nowrap" data-label="Date">
                      <DateText date={s.date} />
                    </td>
                    <th scope="row">
                      <a href={paths.summit(org, s.id)}>{summitTitle(s)}</a>
                    </th>
                    <td data-label="Kind">
                      <SummitKindBadge summit={s} />
                    </td>
                    <td data-label="Where">
                      {s.mode === 'online' ? 'Online' : [s.city, s.host ? partyName(record, s.host, earliestDay(s.date)) : undefined].filter(Boolean).join(', ') || 'not recorded'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
