import { stateOn } from '@turnus/core';
import { formatDate } from '../lib/dates';
import { StateView } from '../components/StateView';
import { Island } from '../components/Island';
import { DateExplorer } from '../islands/DateExplorer';
import { flagsOf } from '../lib/flags';
import { paths } from '../lib/paths';
import type { PageContext } from '../page-context';
import { t } from '../i18n/messages';

/** The organization on any day the visitor picks. */
export function OnThisDatePage({ record, today }: PageContext) {
  const org = record.organization.id;
  return (
    <>
      <h1>{t('onTitle')}</h1>
      <p class="lede">{t('onLede')}</p>
      <Island name="date-explorer" props={{ org, today }} record={paths.islandData(org)} flags={flagsOf(record.parties.map((p) => p.id))}>
        <DateExplorer org={org} today={today} />
      </Island>
      <noscript>
        <p class="notice">{t('onNoJs')(formatDate(today))}</p>
        <StateView record={record} state={stateOn(record, today, { today })} today={today} />
      </noscript>
    </>
  );
}
