import { organizationName, stateOn, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { DateText } from '../components/DateText';
import { Flag } from '../components/Flag';
import { Island } from '../components/Island';
import { SiteSearch } from '../islands/SiteSearch';
import { formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { officeName } from '../lib/record-text';
import { holdingWords } from '../components/HoldingView';
import { nextWords } from '../components/NextHolder';
import { t } from '../i18n/messages';
import { lang, localized } from '../i18n/lang';
import { nextTenure } from '../lib/next-tenure';

/** The records in the order a visitor expects: the OTS first, then by name. */
export function homeOrder(records: readonly OrganizationRecord[], today: PlainDate): OrganizationRecord[] {
  return [...records].sort((a, b) =>
    a.organization.id === 'ots' ? -1 : b.organization.id === 'ots' ? 1 : organizationName(a, today, lang()).name.localeCompare(organizationName(b, today, lang()).name, lang()),
  );
}

/** The next handover expected by rule in any of the organization's offices. */
function nextHandover(record: OrganizationRecord, today: PlainDate): Tenure | undefined {
  return record.offices
    .filter((o) => o.rules.length > 0)
    .map((o) => nextTenure(record, o.id, today))
    .filter((t): t is Tenure => t !== undefined)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))[0];
}

/** One card per organization: who holds its offices today and the next handover; then search. */
export function HomePage({ records, today }: { records: readonly OrganizationRecord[]; today: PlainDate }) {
  return (
    <>
      <h1>{t('homeTitle')}</h1>
      <p class="lede">{t('homeLede')(formatDate(today))}</p>
      <Island name="search" props={{ index: paths.searchIndex() }}>
        <SiteSearch index={paths.searchIndex()} />
      </Island>
      <h2 class="visually-hidden">{t('organizations')}</h2>
      <ul class="org-cards">
        {homeOrder(records, today).map((r) => {
          const name = organizationName(r, today, lang());
          const state = stateOn(r, today, { today });
          const held = r.offices.filter((o) => (state.offices[o.id]?.status ?? 'vacant') !== 'vacant').slice(0, 3);
          const next = nextHandover(r, today);
          return (
            <li key={r.organization.id} class="org-card">
              <h3>
                <a href={localized(paths.overview(r.organization.id))}>{name.name}</a>
                {name.abbreviation && name.abbreviation !== name.name ? <span class="abbr"> ({name.abbreviation})</span> : null}
              </h3>
              <dl class="holders">
                {held.map((o) => {
                  const h = state.offices[o.id]!;
                  // The core's headline, as the overview, the CLI and the share image give it.
                  const party = h.status === 'held' && !h.tenure.holder.person ? h.tenure.holder.party : null;
                  return (
                    <div key={o.id} data-office={o.id} data-certainty={h.certainty}>
                      <dt>{officeName(r, o.id)}</dt>
                      <dd>
                        {party ? <Flag party={party} /> : null}
                        {holdingWords(r, h, today).headline}
                      </dd>
                    </div>
                  );
                })}
              </dl>
              {next ? (
                <p class="small">
                  <strong>{t('nextHandover')}</strong> {officeName(r, next.office)}: {nextWords(r, next)}
                  {next.overdue ? <span class="badge badge-warning">{t('overdueByRule')}</span> : null}
                </p>
              ) : null}
              <p class="small muted">
                {t('members1')(state.members.length)}
                {state.observers.length > 0 ? `, ${t('observers1')(state.observers.length)}` : ''}. {t('recordChecked')} <DateText date={r.asOf} />, {t('sources1')(r.sources.length)}.
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
