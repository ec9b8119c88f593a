import { daysBetween, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { formatAtPrecision } from '../lib/dates';
import { gapsAbout } from '../lib/concerns';
import { paths } from '../lib/paths';
import { officeName, projectedHolderName } from '../lib/record-text';
import { plainText } from '../lib/prose';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

/**
 * The record is behind its rule: the next period by rule should already have begun, and no
 * handover is recorded (a rotating chair whose turn has passed). Says so, with any declared gap.
 */
export function OverdueWarning({ record, next, today }: { record: OrganizationRecord; next: Tenure; today: PlainDate }) {
  const days = daysBetween(next.start, today);
  // Only gaps dated from the missed change on: an undated gap about the office says nothing about it.
  const gaps = gapsAbout(record, { office: next.office, span: { start: next.start, end: null } }).filter((g) => g.from !== undefined);
  return (
    <div class="warning" role="note" aria-label={t('staleTitle')}>
      <p>
        <strong>{t('staleTitle')}</strong>{' '}
        {t('overdueText')(officeName(record, next.office), projectedHolderName(record, next), formatAtPrecision(next.start, next.startPrecision), next.startPrecision === 'day' ? days : undefined)}
      </p>
      {gaps.map((g) => (
        <p key={g.id} class="small">
          <span lang={recordLang()}>{plainText(record, g.description)}</span> <a href={paths.gap(record.organization.id, g.id)}>{t('moreOpenQuestion')}</a>
        </p>
      ))}
    </div>
  );
}
