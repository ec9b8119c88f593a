import { stateOn } from '@turnus/core';
import { DateText } from '../components/DateText';
import { StateView } from '../components/StateView';
import { Island } from '../components/Island';
import { DateExplorer } from '../islands/DateExplorer';
import { flagsOf } from '../lib/flags';
import { paths } from '../lib/paths';
import type { PageContext } from '../page-context';

/** The organization on any day the visitor picks. */
export function OnThisDatePage({ record, today }: PageContext) {
  const org = record.organization.id;
  return (
    <>
      <h1>On this date</h1>
      <p class="lede">
        Pick a day to see the organization as it stood: its name, who held each office, its members and observers. Where the record knows a change happened
        but not the day, both candidates are shown. Days after today are answered by the rules, and marked as projections.
      </p>
      <Island name="date-explorer" props={{ org, today }} record={paths.recordJson(org)} flags={flagsOf(record.parties.map((p) => p.id))}>
        <DateExplorer org={org} today={today} />
      </Island>
      <noscript>
        <p class="notice">
          Picking a day needs JavaScript. Without it, this page shows the organization on <DateText date={today} />, the day the site was built.
        </p>
        <StateView record={record} state={stateOn(record, today, { today })} today={today} />
      </noscript>
    </>
  );
}
