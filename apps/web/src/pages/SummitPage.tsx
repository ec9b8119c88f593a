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
import { neighbours, summitTitle } from '../lib/summits';
import type { PageContext } from '../page-context';
import { ResearchNotes } from '../components/ResearchNotes';
import { GradeBadge } from '../components/GradeBadge';
import { plainText } from '../lib/prose';

const STATUS: Record<string, string> = { held: 'Held', planned: 'Planned', cancelled: 'Cancelled', postponed: 'Postponed' };
const MODE: Record<string, string> = { 'in-person': 'In person', online: 'Online (videoconference)', hybrid: 'Hybrid' };

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
        <a href={paths.summits(org)}>Summits</a>
      </p>
      <h1>{summitTitle(summit)}</h1>
      <p>
        <SummitKindBadge summit={summit} />
      </p>
      <dl class="facts">
        <dt>Date</dt>
        <dd>
          <DateText date={summit.date} />
          {summit.endDate ? (
            <>
              {' '}
              to <DateText date={summit.endDate} />
            </>
          ) : null}
          {summit.date.length < 10 ? <span class="muted"> (the day is not known)</span> : null}{' '}
          {summit.date.length === 10 ? (
            <a class="small" href={paths.onThisDate(org, summit.date)}>
              the organization that day
            </a>
          ) : null}
        </dd>
        <dt>Host</dt>
        <dd>
          {[summit.city, summit.host ? partyName(record, summit.host, day) : undefined].filter(Boolean).join(', ') || 'No host is recorded.'}
          {summit.venue ? `, ${summit.venue}` : ''}
        </dd>
        <dt>Kind</dt>
        <dd>
          {summit.kind}
          {summit.ordinal ? ` (number ${summit.ordinal}${summit.series ? ' of its series' : ''})` : ''} <GradeBadge grade={summit.grade} />
        </dd>
        <dt>Mode</dt>
        <dd>{summit.mode ? MODE[summit.mode] : 'Not given by the sources'}</dd>
        <dt>Status</dt>
        <dd>{STATUS[summit.status] ?? summit.status}</dd>
        {summit.theme ? (
          <>
            <dt>Theme</dt>
            <dd>{plainText(record, summit.theme)}</dd>
          </>
        ) : null}
      </dl>
      <ResearchNotes record={record} notes={summit.notes ?? []} summary="Research notes on this summit" />
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">Decisions</h2>
        {others.length === 0 ? (
          <p>No decision is recorded for this summit.</p>
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
        <h2 id="documents-heading">Documents</h2>
        {documents.length === 0 ? (
          <p>No document is recorded for this summit.</p>
        ) : (
          <ul class="decisions">
            {documents.map((d) => (d.type === 'adopt' ? <DocumentEntry key={d.id} record={record} decision={d} /> : null))}
          </ul>
        )}
      </section>
      <GapList record={record} gaps={gapsAbout(record, { ids })} />
      <DisputeList record={record} disputes={disputesAbout(record, ids)} />
      <SourceList record={record} ids={summit.sources ?? []} title="Sources on this summit" />
      <nav class="pager" aria-label="Other summits">
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
