import { DateText } from '../components/DateText';
import { GapList } from '../components/GapList';
import { Island } from '../components/Island';
import { WhatIfPanel } from '../islands/WhatIfPanel';
import { gapsAbout } from '../lib/concerns';
import { flagsOf } from '../lib/flags';
import { paths } from '../lib/paths';
import { officeName } from '../lib/record-text';
import type { PageContext } from '../page-context';

/** The next holders by rule, and what hypothetical decisions would change. */
export function ProjectionsPage({ record, today }: PageContext) {
  const org = record.organization.id;
  const gaps = record.offices.flatMap((o) => gapsAbout(record, { office: o.id, span: { start: today, end: null } })).filter((g, i, all) => all.findIndex((x) => x.id === g.id) === i);
  return (
    <>
      <h1>Projections and what-if</h1>
      <p class="lede">
        Who comes next by the organization’s rules, as of <DateText date={today} /> (the build date; in your browser, your own date). Where the record gives
        the practice as well as the stated rule, projections follow the practice (see <a href={paths.rules(org)}>Rules</a>). A projection is not a fact: a
        period marked <em>overdue</em> should already have begun by rule but is not recorded; one marked <em>estimated</em> has dates estimated from the
        usual interval between summits.
      </p>
      <GapList record={record} gaps={gaps} heading="What the projections cannot know" />
      <h2>What if…</h2>
      <p>
        Turn on a hypothetical decision to see how the projections of the {record.offices.filter((o) => o.rules.length > 0).map((o) => officeName(record, o.id)).join(' and the ')} would change. The
        changes are computed in your browser by the same rules; nothing is saved.
      </p>
      <noscript>
        <p class="notice">The what-if controls need JavaScript. Without it, the tables below show the projections by rule as of the build date.</p>
      </noscript>
      <Island name="what-if" props={{ org, today }} record={paths.islandData(org)} flags={flagsOf(record.parties.map((p) => p.id))}>
        <WhatIfPanel org={org} today={today} />
      </Island>
    </>
  );
}
