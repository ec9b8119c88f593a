import { organizationName, stateOn } from '@turnus/core';
import { MemberMap } from '../components/MemberMap';
import { DateText } from '../components/DateText';
import { Island } from '../components/Island';
import { SourceLinks } from '../components/SourceLinks';
import { CurrentState } from '../islands/CurrentState';
import { flagsOf } from '../lib/flags';
import { paths } from '../lib/paths';
import { fullName, organizationNameHistory, partyName } from '../lib/record-text';
import type { PageContext } from '../page-context';
import { plural } from '../lib/prose';

/** The organization at a glance: its names, who chairs, who is Secretary-General, who belongs. */
export function OverviewPage({ record, today }: PageContext) {
  const org = record.organization.id;
  const current = organizationName(record, today);
  const former = organizationNameHistory(record).filter((n) => n.to !== null && n.to <= today);
  const founded = record.organization.founded;
  const state = stateOn(record, today, { today });
  const seat = record.organization.headquarters?.at(-1);
  return (
    <>
      <h1>
        {current.name}
        {current.abbreviation && current.abbreviation !== current.name ? <span class="abbr"> ({current.abbreviation})</span> : null}
      </h1>
      <Island name="current-state" props={{ org, today }} record={paths.recordJson(org)} flags={flagsOf(record.parties.map((p) => p.id))}>
        <CurrentState org={org} today={today} />
      </Island>
      <MemberMap record={record} members={state.members} observers={state.observers} date={today} />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        {current.official && current.official !== current.name ? <p class="official-name">{current.official}</p> : null}
        {former.length > 0 ? (
          <ul class="former-names" aria-label="Former names">
            {former.map((n) => (
              <li key={n.from}>
                Formerly <strong>{fullName(n.names)}</strong>, from <DateText date={n.from} /> until <DateText date={n.to!} />
              </li>
            ))}
          </ul>
        ) : null}
        <p class="lede about">
          Founded {founded.date.length === 10 ? 'on' : 'in'} <DateText date={founded.date} /> in {founded.place}
          {founded.instrument ? ` by the ${founded.instrument.replace(/^the\s+/i, '')}` : ''}.
          {seat ? ` Secretariat in ${seat.city}, ${partyName(record, seat.party, today)}.` : ''}
        </p>
        <SourceLinks record={record} ids={founded.sources ?? []} />
      </section>
      <section aria-labelledby="explore-heading">
        <h2 id="explore-heading">Explore</h2>
        <ul class="explore">
          <li>
            <a href={paths.timeline(org)}>The timeline</a>: every holder of its offices, every member and summit since {founded.date.slice(0, 4)}, and what comes next.
          </li>
          <li>
            <a href={paths.onThisDate(org)}>On this date</a>: the organization on any day you pick.
          </li>
          <li>
            <a href={paths.projections(org)}>Projections and what-if</a>: who comes next by rule, and how an admission, a skip or a swap would change it.
          </li>
          <li>
            <a href={paths.rules(org)}>Rules</a>: each office’s rule as stated, the practice, and where the record departs from them.
          </li>
          <li>
            <a href={paths.sources(org)}>Sources</a>: {plural(record.sources.length, { one: '# source', other: '# sources' })}, {plural((record.gaps ?? []).length, { one: '# open question', other: '# open questions' })} and{' '}
            {plural((record.disputes ?? []).length, { one: '# point', other: '# points' })} where sources disagree.
          </li>
        </ul>
      </section>
    </>
  );
}
