import type { OrganizationRecord, PlainDate } from '@turnus/core';
import { precisionOfWindow } from '@turnus/core/describe';
import { due, type DueItem } from '@turnus/core/due';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { formatAtPrecision, formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { plainText } from '../lib/prose';
import { officeName, partyName, personName } from '../lib/record-text';
import { summitTitle } from '../lib/summits';

/**
 * What is due in a record as of `today` (the same list as `turnus due`), each item in the
 * visitor's words and language, built from its kind and fields rather than the CLI's message.
 */
export function dueSentence(record: OrganizationRecord, item: DueItem): string {
  const when = formatAtPrecision(item.date, precisionOfWindow(item.date, item.dateUntil));
  const office = item.office ? officeName(record, item.office) : '';
  const expected = item.expected ? partyName(record, item.expected, item.date) : undefined;
  const holder = item.holder?.person ? personName(record, item.holder.person) : item.holder?.party ? partyName(record, item.holder.party, item.date) : t('holderUnknown');
  const summit = item.summit ? record.summits.find((s) => s.id === item.summit) : undefined;
  switch (item.kind) {
    case 'handover-overdue':
      return t('dueHandoverOverdue')(office, expected, when);
    case 'handover-by-rule':
      return t('dueHandoverByRule')(office, expected, when);
    case 'term-expired':
      return t('dueTermExpired')(office, holder, when);
    case 'holdover':
      return t('dueHoldover')(office, holder, when);
    case 'office-vacant':
      return t('dueOfficeVacant')(office, when);
    case 'summit-past':
      return t('dueSummitPast')(summit ? summitTitle(summit) : t('summit'), when);
    case 'gap-review':
      return t('dueGapReview')(when);
    case 'record-stale':
      return t('dueRecordStale')(formatDate(record.asOf));
    case 'since-horizon':
      return t('dueSinceHorizon')(formatDate(item.horizon ?? item.date));
    case 'seats-unfilled':
      return t('dueSeatsUnfilled')(Number(/^(\d+) /.exec(item.message)?.[1] ?? 1), when);
  }
}

/** The Sources page's list of what is due, with a link to the open question a review concerns. */
export function DueList({ record, today }: { record: OrganizationRecord; today: PlainDate }) {
  const items = due(record, { today });
  const org = record.organization.id;
  return (
    <section id="due" aria-labelledby="due-heading">
      <h2 id="due-heading">{t('dueTitle')}</h2>
      <p>{t('dueLede')(formatDate(today))}</p>
      {items.length === 0 ? (
        <p class="muted">{t('dueNone')}</p>
      ) : (
        <ul class="due-list">
          {items.map((item, i) => {
            const gap = item.gap ? record.gaps?.find((g) => g.id === item.gap) : undefined;
            return (
              <li key={i} data-due={item.kind}>
                <span class={`badge ${item.severity === 'action' ? 'badge-warning' : ''}`}>{item.severity === 'action' ? t('dueAction') : t('dueReview')}</span> {dueSentence(record, item)}
                {gap ? (
                  <>
                    {' '}
                    <a href={paths.gap(org, gap.id)} lang={recordLang()}>
                      {plainText(record, gap.description)}
                    </a>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
