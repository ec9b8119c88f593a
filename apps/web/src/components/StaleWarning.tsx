import { type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { gapsAbout } from '../lib/concerns';
import { paths } from '../lib/paths';
import { officeName } from '../lib/record-text';
import { termProgress } from '../lib/term-progress';
import { plainText } from '../lib/prose';
import { personName } from '../lib/record-text';
import { t } from '../i18n/messages';
import { lang } from '../i18n/lang';
import { formatDate } from '../lib/dates';
import { partyName } from '../lib/record-text';

/**
 * The record is stale: a term ended by rule and no successor, extension or end is recorded. Says
 * so plainly, with the gap that declares the unknown when the record has one.
 */
export function StaleWarning({ record, tenure, today }: { record: OrganizationRecord; tenure: Tenure; today: PlainDate }) {
  const termEnd = tenure.termEnd!;
  const days = termProgress(tenure.start, termEnd, today).overrunDays;
  const who = tenure.holder.person ? personName(record, tenure.holder.person) : tenure.holder.party ? partyName(record, tenure.holder.party, termEnd) : t('holderUnknown');
  const gaps = gapsAbout(record, { ...(tenure.holder.person ? { person: tenure.holder.person } : {}) }).filter((g) => g.office === tenure.office);
  return (
    <div class="warning" role="note" aria-label={t('staleTitle')}>
      <p>
        <strong>{t('staleTitle')}</strong> {t('stale')(who, officeName(record, tenure.office), formatDate(termEnd), days)}
      </p>
      {gaps.map((g) => (
        <p key={g.id} class="small">
          <span lang={lang() === 'en' ? undefined : 'en'}>{plainText(record, g.description)}</span>{' '}
          <a href={paths.gap(record.organization.id, g.id)}>{t('moreOpenQuestion')}</a>
        </p>
      ))}
    </div>
  );
}
