import { organizationName, stateOn } from '@turnus/core';
import { lang, localized } from '../i18n/lang';
import { t } from '../i18n/messages';
import { formatDate } from '../lib/dates';
import { MemberMap } from '../components/MemberMap';
import { SourceLinks } from '../components/SourceLinks';
import { CurrentStateView } from '../components/CurrentStateView';
import { stateVariants } from '../lib/state-variants';
import { paths } from '../lib/paths';
import { calendarSubscription } from '../lib/site';
import { fullName, organizationNameHistory, partyName } from '../lib/record-text';
import type { PageContext } from '../page-context';
import { affiliationsOf } from '../lib/affiliations';

/** The organization at a glance: its names, who chairs, who is Secretary-General, who belongs. */
export function OverviewPage({ record, today, site = [record] }: PageContext) {
  const org = record.organization.id;
  const current = organizationName(record, today, lang());
  const { of, affiliates } = affiliationsOf(record, site, today);
  const former = organizationNameHistory(record).filter((n) => n.to !== null && n.to <= today);
  const founded = record.organization.founded;
  const state = stateOn(record, today, { today });
  const variants = stateVariants(record, today);
  // The seat in force today: the latest headquarters (not a representation office elsewhere).
  const seats = (record.organization.headquarters ?? []).filter((h) => (h.to === undefined || h.to > today) && (h.from === undefined || h.from <= today));
  const seat = seats.filter((h) => (h.kind ?? 'headquarters') === 'headquarters').at(-1);
  const offices = seats.filter((h) => h.kind === 'representation');
  return (
    <>
      <h1>
        {current.name}
        {current.abbreviation && current.abbreviation !== current.name ? <span class="abbr"> ({current.abbreviation})</span> : null}
      </h1>
      <div
        class="current-state"
        data-island="today"
        data-props={JSON.stringify({ build: today, days: variants.days, until: variants.until, asOf: `${t('asOf')('{date}', true)} ${formatDate(record.asOf)}.`, onPath: localized(paths.onThisDate(org)) })}
      >
        <p class="as-of small muted" data-testid="as-of">
          <span data-as-of>
            {t('asOf')(formatDate(today), false)} {formatDate(record.asOf)}.
          </span>
        </p>
        <p class="notice" data-beyond hidden>
          {t('beyond')(formatDate(today))} <a href={localized(paths.onThisDate(org))}>{t('beyondLink')}</a>
        </p>
        <div data-view>
          <CurrentStateView record={record} today={today} />
        </div>
        {variants.days.slice(1).map((day) => (
          <template key={day} data-from={day}>
            <CurrentStateView record={record} today={day} />
          </template>
        ))}
      </div>
      <MemberMap record={record} members={state.members} observers={state.observers} date={today} />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('about')}</h2>
        {current.official && current.official !== current.name ? <p class="official-name">{current.official}</p> : null}
        {former.length > 0 ? (
          <ul class="former-names" aria-label={t('formerly')}>
            {former.map((n) => (
              <li key={n.from}>
                {t('formerly')} <strong>{fullName(n.names)}</strong>
                {t('fromUntil')(formatDate(n.from), formatDate(n.to!))}
              </li>
            ))}
          </ul>
        ) : null}
        <p class="lede about">
          {t('founded')(formatDate(founded.date), founded.date.length === 10, founded.place)}
          {founded.instrument ? t('byInstrument')(founded.instrument.replace(/^the\s+/i, '')) : ''}.
          {seat ? t('secretariat')(seat.city, partyName(record, seat.party, today)) : ''}
          {offices.map((o) => t('representation')(o.city, partyName(record, o.party, today))).join('')}
        </p>
        <SourceLinks record={record} ids={founded.sources ?? []} />
        {of.map((a) => (
          <p class="affiliation" key={a.org} data-affiliated-with={a.org}>
            <strong>{t('affiliatedWith')}:</strong> {a.built ? <a href={paths.overview(a.org)}>{a.name}</a> : a.name}
            <SourceLinks record={record} ids={a.sources} />
          </p>
        ))}
        {affiliates.length > 0 ? (
          <>
            <h3 id="affiliates-heading">{t('affiliates')}</h3>
            <p>{t('affiliatesText')(current.name)}</p>
            <ul class="affiliates" aria-labelledby="affiliates-heading">
              {affiliates.map((a) => (
                <li key={a.org}>
                  <a href={paths.overview(a.org)}>{a.name}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="explore-heading">
        <h2 id="explore-heading">{t('explore')}</h2>
        <ul class="explore">
          <li>
            <a href={localized(paths.timeline(org))}>
              {t('theTimeline')}
            </a>
            {t('exploreTimeline')(founded.date.slice(0, 4))}
          </li>
          <li>
            <a href={localized(paths.onThisDate(org))}>{t('onThisDate')}</a>
            {t('exploreOn')}
          </li>
          <li>
            <a href={paths.projections(org)}>
              {t('exploreProjections')}
            </a>
            {t('exploreProjectionsText')}
          </li>
          <li>
            <a href={paths.rules(org)}>
              {t('rules')}
            </a>
            {t('exploreRules')}
          </li>
          <li>
            <a href={calendarSubscription(paths.download(org, `${org}.ics`))} type="text/calendar">
              {t('subscribe')}
            </a>
            {t('subscribeText')}
          </li>
          <li>
            <a href={paths.sources(org)}>
              {t('sources')}
            </a>
            : {t('sources1')(record.sources.length)}, {t('openQuestions1')((record.gaps ?? []).length)}, {t('disputes1')((record.disputes ?? []).length)}.
          </li>
        </ul>
      </section>
    </>
  );
}
