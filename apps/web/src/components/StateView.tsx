import { earliestDay, type OrganizationRecord, type OrganizationState, type PlainDate } from '@turnus/core';
import { formatDate } from '../lib/dates';
import { fullName, officeName } from '../lib/record-text';
import { HoldingView } from './HoldingView';
import { MemberTable } from './MemberTable';
import { t } from '../i18n/messages';
import { lang } from '../i18n/lang';

/** The organization as it stood on one day: its name, the holder of each office, who belonged. */
export function StateView({ record, state, today }: { record: OrganizationRecord; state: OrganizationState; today: PlainDate }) {
  const founded = earliestDay(record.organization.founded.date);
  const en = state.names[lang()] ?? state.names.en ?? Object.values(state.names)[0];
  return (
    <div class="state-view" aria-live="polite">
      <h2 data-testid="state-date">{formatDate(state.date)}</h2>
      {state.date < founded ? (
        <p class="warning">
          {t('notFounded')(formatDate(founded))}
        </p>
      ) : null}
      {state.date > today ? (
        <p class="notice">
          {t('afterToday')(formatDate(today))}
          {t('membershipAsRecorded')}
        </p>
      ) : null}
      {en && state.date >= founded ? (
        <p>
          {t('nameThatDay')} <strong>{fullName(en)}</strong>
        </p>
      ) : null}
      {state.date >= founded ? (
        <dl class="offices">
          {record.offices.map((o) => (
            <div key={o.id} data-office={o.id}>
              <dt>{officeName(record, o.id)}</dt>
              <dd>
                <HoldingView record={record} holding={state.offices[o.id] ?? { status: 'vacant', certainty: 'uncertain' }} date={state.date} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <MemberTable record={record} standings={state.members} date={state.date} caption={t('members')} id="members-on" />
      {state.observers.length > 0 || record.decisions.some((d) => d.type === 'observer') ? <MemberTable record={record} standings={state.observers} date={state.date} caption={t('observers')} id="observers-on" /> : null}
      {state.suspended.length > 0 ? <MemberTable record={record} standings={state.suspended} date={state.date} caption={t('suspended')} id="suspended-on" /> : null}
    </div>
  );
}
