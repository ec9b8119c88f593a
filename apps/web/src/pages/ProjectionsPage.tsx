import { GapList } from '../components/GapList';
import { Island } from '../components/Island';
import { WhatIfPanel } from '../islands/WhatIfPanel';
import { gapsAbout } from '../lib/concerns';
import { flagsOf } from '../lib/flags';
import { paths } from '../lib/paths';
import { officeName } from '../lib/record-text';
import type { PageContext } from '../page-context';
import { formatDate } from '../lib/dates';
import { t } from '../i18n/messages';

/** The next holders by rule, and what hypothetical decisions would change. */
export function ProjectionsPage({ record, today }: PageContext) {
  const org = record.organization.id;
  const gaps = record.offices.flatMap((o) => gapsAbout(record, { office: o.id, span: { start: today, end: null } })).filter((g, i, all) => all.findIndex((x) => x.id === g.id) === i);
  return (
    <>
      <h1>{t('exploreProjections')}</h1>
      <p class="lede">
        {t('projLede1')(formatDate(today))}
        <a href={paths.rules(org)}>{t('rules')}</a>
        {t('projLede2')}
      </p>
      <GapList record={record} gaps={gaps} heading={t('projCannotKnow')} />
      <h2>{t('whatIf')}</h2>
      <p>{t('whatIfText')(record.offices.filter((o) => o.rules.length > 0).map((o) => officeName(record, o.id)).join(t('andThe')))}</p>
      <noscript>
        <p class="notice">{t('whatIfNoJs')}</p>
      </noscript>
      <Island name="what-if" props={{ org, today }} record={paths.islandData(org)} flags={flagsOf(record.parties.map((p) => p.id))}>
        <WhatIfPanel org={org} today={today} />
      </Island>
    </>
  );
}
