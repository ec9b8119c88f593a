import { earliestDay, type Summit } from '@turnus/core';
import { DateText } from '../components/DateText';
import { DocumentEntry } from '../components/DocumentEntry';
import { DisputeList } from '../components/DisputeList';
import { GapList } from '../components/GapList';
import { SourceLinks } from '../components/SourceLinks';
import { SourceList } from '../components/SourceList';
import { SummitKindBadge } from '../components/SummitKindBadge';
import { disputesAbout, gapsAbout } from '../lib/concerns';
import { formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { describeDecision, partyName } from '../lib/record-text';
import { neighbours, summitKind, summitTitle } from '../lib/summits';
import type { PageContext } from '../page-context';
import { ResearchNotes } from '../components/ResearchNotes';
import { GradeBadge } from '../components/GradeBadge';
import { plainText } from '../lib/prose';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

const STATUS = { held: 'statusHeld', planned: 'statusPlanned', cancelled: 'statusCancelled', postponed: 'statusPostponed' } as const;
const MODE = { 'in-person': 'modeInPerson', online: 'modeOnline', hybrid: 'modeHybrid' } as const;
const cap = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** One summit: when, where, what kind, what was decided and adopted, and on what sources. */
export function SummitPage({ record, summit }: PageContext & { summit: Summit }) {
  const org = record.organization.id;
  const day = earliestDay(summit.date);
  const decisions = record.decisions.filter((d) => d.summit === summit.id);
  const documents = decisions.filter((d) => d.type === 'adopt');
  const others = decisions.filter((d) => d.type !== 'adopt');
  const ids = [summit.id, ...decisions.map((d) => d.id)];
  const { previous, next } = neighbours(record, summit.id);
  return (
    <>
      <p class="breadcrumb">
        <a href={paths.summits(org)}>{t('summits')}</a>
      </p>
      <h1 lang={summit.name ? recordLang() : undefined}>{summitTitle(summit)}</h1>
      <p>
        <SummitKindBadge summit={summit} />
      </p>
      <dl class="facts">
        <dt>{t('date')}</dt>
        <dd>
          <DateText date={summit.date} />
          {summit.endDate ? (
            <>
              {' '}
              {t('dateTo')} <DateText date={summit.endDate} />
            </>
          ) : null}
          {summit.date.length < 10 ? <span class="muted"> {t('dayNotKnown')}</span> : null}{' '}
          {summit.date.length === 10 ? (
            <a class="small" href={paths.onThisDate(org, summit.date)}>
              {t('orgThatDay')}
            </a>
          ) : null}
        </dd>
        <dt>{t('host')}</dt>
        <dd>
          {[summit.city, summit.host ? partyName(record, summit.host, day) : undefined].filter(Boolean).join(', ') || t('noHost')}
          {summit.venue ? `, ${summit.venue}` : ''}
        </dd>
        <dt>{t('kind')}</dt>
        <dd>
          {summitKind(summit.kind)}
          {summit.ordinal ? t('ordinalOf')(summit.ordinal, summit.series !== undefined) : ''} <GradeBadge grade={summit.grade} />
        </dd>
        <dt>{t('mode')}</dt>
        <dd>{summit.mode ? t(MODE[summit.mode]) : t('modeNotGiven')}</dd>
        <dt>{t('status')}</dt>
        <dd>{cap(t(STATUS[summit.status]))}</dd>
        {summit.theme ? (
          <>
            <dt>{t('theme')}</dt>
            <dd lang={recordLang()}>{plainText(record, summit.theme)}</dd>
          </>
        ) : null}
      </dl>
      <ResearchNotes record={record} notes={summit.notes ?? []} summary={t('notesSummit')} />
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('decisions')}</h2>
        {others.length === 0 ? (
          <p>{t('noDecision')}</p>
        ) : (
          <ul class="decisions">
            {others.map((d) => (
              <li key={d.id}>
                <span class="muted">{formatDate(d.date)}: </span>
                {describeDecision(record, d)}
                <GradeBadge grade={d.grade} />
                <ResearchNotes record={record} notes={[d.note]} />
                <SourceLinks record={record} ids={d.sources ?? []} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('documents')}</h2>
        {documents.length === 0 ? (
          <p>{t('noDocument')}</p>
        ) : (
          <ul class="decisions">
            {documents.map((d) => (d.type === 'adopt' ? <DocumentEntry key={d.id} record={record} decision={d} /> : null))}
          </ul>
        )}
      </section>
      <GapList record={record} gaps={gapsAbout(record, { ids })} />
      <DisputeList record={record} disputes={disputesAbout(record, ids)} />
      <SourceList record={record} ids={summit.sources ?? []} title={t('sourcesSummit')} />
      <nav class="pager" aria-label={t('otherSummits')}>
        {previous ? (
          <a href={paths.summit(org, previous.id)} rel="prev">
            ← {summitTitle(previous)} ({formatDate(previous.date)})
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={paths.summit(org, next.id)} rel="next">
            {summitTitle(next)} ({formatDate(next.date)}) →
          </a>
        ) : null}
      </nav>
    </>
  );
}
