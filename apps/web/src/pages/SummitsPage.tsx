import { earliestDay } from '@turnus/core';
import { DateText } from '../components/DateText';
import { SummitKindBadge } from '../components/SummitKindBadge';
import { paths } from '../lib/paths';
import { partyName } from '../lib/record-text';
import { summitsBySeries, summitTitle } from '../lib/summits';
import type { PageContext } from '../page-context';
import { t } from '../i18n/messages';
import { recordLang } from '../i18n/lang';

const SERIES: Record<string, () => string> = {
  'turkic-speaking-states': () => t('seriesTurkicSpeaking'),
  'council-of-elders': () => t('seriesCouncilOfElders'),
};

/** A series the page has no name for, in words rather than as its id. */
function seriesWords(series: string): string {
  const words = series.replace(/-/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** Every summit, grouped by series, newest last. */
export function SummitsPage({ record }: PageContext) {
  const org = record.organization.id;
  const groups = summitsBySeries(record);
  return (
    <>
      <h1>{t('summits')}</h1>
      <p class="lede">{t('summitsLede')(record.summits.length)}</p>
      {groups.map(({ series, summits }) => (
        <section key={series ?? 'own'} aria-labelledby={`series-${series ?? 'own'}`}>
          <h2 id={`series-${series ?? 'own'}`}>{series === null ? t('summitsOwn') : (SERIES[series]?.() ?? seriesWords(series))}</h2>
          <div class="table-scroll">
            <table class="summits-table stack">
              <thead>
                <tr>
                  <th scope="col">{t('date')}</th>
                  <th scope="col">{t('summit')}</th>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('where')}</th>
                </tr>
              </thead>
              <tbody>
                {summits.map((s) => (
                  <tr key={s.id}>
                    <td class="nowrap" data-label={t('date')}>
                      <DateText date={s.date} />
                    </td>
                    <th scope="row">
                      <a href={paths.summit(org, s.id)} lang={s.name ? recordLang() : undefined}>
                        {summitTitle(s)}
                      </a>
                    </th>
                    <td data-label={t('kind')}>
                      <SummitKindBadge summit={s} />
                    </td>
                    <td data-label={t('where')}>
                      {s.mode === 'online' ? t('onlineCap') : [s.city, s.host ? partyName(record, s.host, earliestDay(s.date)) : undefined].filter(Boolean).join(', ') || t('notRecorded')}
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
