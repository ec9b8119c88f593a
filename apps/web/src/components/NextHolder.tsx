import { earliestDay, type Office, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { formatAtPrecision, formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { partyName } from '../lib/record-text';
import { describeTenure } from '@turnus/core/describe';
import { lang } from '../i18n/lang';
import { t } from '../i18n/messages';

/** A next period in the core's words (`describeTenure`): "Liberia, certain by rule, from 1 December 2026 until 1 January 2027". */
export function nextWords(record: OrganizationRecord, next: Tenure): string {
  const d = describeTenure(record, next, { lang: lang() });
  return `${d.holder}, ${d.label}, ${d.period}`;
}

/**
 * Who comes next in an office by its rule. For a chair that passes at summits, the next ordinary
 * summit too: the planned one when the record has it, else the estimate from the rule's cadence.
 */
export function NextHolder({ record, office, today, next, named = false }: { record: OrganizationRecord; office: Office; today: PlainDate; next: Tenure | undefined; named?: boolean }) {
  if (office.rules.length === 0) return null;
  const org = record.organization.id;
  const summitRule = office.rules.some((r) => r.kind === 'rotation' && r.trigger.kind === 'summit');
  const planned = summitRule
    ? record.summits.find((s) => s.kind === 'ordinary' && s.status === 'planned' && earliestDay(s.date) >= earliestDay(today.slice(0, 4)))
    : undefined;
  return (
    <div class="next-holder">
      {summitRule ? (
        <>
          {planned ? (
            <p>
              <strong>{t('nextSummit')}</strong> <a href={paths.summit(org, planned.id)}>{planned.name ?? planned.id}</a>: {t('plannedFor')} {formatDate(planned.date)}
              {planned.city ? `, ${planned.city}` : ''}
              {planned.host ? `, ${t('hostedBy')} ${partyName(record, planned.host, earliestDay(planned.date))}` : ''} {t('unconfirmed')}
            </p>
          ) : next ? (
            <p>
              <strong>{t('nextSummit')}</strong> {t('noSummitEstimate')(formatAtPrecision(next.start, next.startPrecision))}
            </p>
          ) : (
            <p>
              <strong>{t('nextSummit')}</strong> {t('noSummit')}
            </p>
          )}
        </>
      ) : null}
      {named ? null : next ? (
        <p>
          {/* The next period in the core's words: holder, how sure, when. */}
          <strong>{t('nextHandover')}</strong> {nextWords(record, next)}
          {next.overdue ? <span class="badge badge-warning">{t('overdueByRule')}</span> : null}{' '}
          <a class="small" href={paths.projections(org)}>
            {t('howWhatIf')}
          </a>
        </p>
      ) : (
        <p class="muted">{t('noNext')}</p>
      )}
    </div>
  );
}
