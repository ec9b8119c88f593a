import { DateText } from '../components/DateText';
import { formatAtPrecision } from '../lib/dates';
import { paths } from '../lib/paths';
import { officeName, partyName } from '../lib/record-text';
import { peopleByOffice } from '../lib/people';
import { endText, termEndText, termEndUnknownText } from '../lib/tenure-end';
import type { PageContext } from '../page-context';
import { personName } from '../lib/record-text';
import { t as msg } from '../i18n/messages';
import { t } from '../i18n/messages';

/** The people of the record, by the office they held. */
export function PeoplePage({ record, today }: PageContext) {
  const org = record.organization.id;
  return (
    <>
      <h1>{t('people')}</h1>
      <p class="lede">{t('peopleLede')}</p>
      {peopleByOffice(record).map((g) => (
        <section key={g.office ?? 'others'} aria-labelledby={`office-${g.office ?? 'others'}`}>
          <h2 id={`office-${g.office ?? 'others'}`}>{g.office ? officeName(record, g.office) : t('others')}</h2>
          {g.tenures.length > 0 ? (
            <div class="table-scroll">
              <table class="stack">
                <thead>
                  <tr>
                    <th scope="col">{t('personCol')}</th>
                    <th scope="col">{t('nationality')}</th>
                    <th scope="col">{t('inOffice')}</th>
                    <th scope="col">{t('termEndCol')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.tenures.map((t) => (
                    <tr key={`${t.holder.person}-${t.start}`}>
                      <th scope="row">
                        <a href={paths.person(org, t.holder.person!)}>{personName(record, t.holder.person!)}</a>
                      </th>
                      <td data-label={msg('nationality')}>{t.holder.party ? partyName(record, t.holder.party, today) : ''}</td>
                      <td data-label={msg('inOffice')}>
                        {t.startUncertainUntil ? `${formatAtPrecision(t.start, t.startPrecision)} ${msg('byDay')(formatAtPrecision(t.startUncertainUntil, 'day'))}` : <DateText date={t.start} />}
                        {' – '}
                        {endText(record, t)}
                      </td>
                      <td data-label={msg('termEndCol')}>{termEndText(t) ?? termEndUnknownText(record, t) ?? msg('noTermRule')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <ul>
              {g.people.map((id) => (
                <li key={id}>
                  <a href={paths.person(org, id)}>{personName(record, id)}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
