import { DateText } from '../components/DateText';
import { formatAtPrecision } from '../lib/dates';
import { paths } from '../lib/paths';
import { officeName, partyName } from '../lib/record-text';
import { peopleByOffice } from '../lib/people';
import { endText, termEndText } from '../lib/tenure-end';
import type { PageContext } from '../page-context';
import { personName } from '../lib/record-text';

/** The people of the record, by the office they held. */
export function PeoplePage({ record, today }: PageContext) {
  const org = record.organization.id;
  return (
    <>
      <h1>People</h1>
      <p class="lede">The holders of the person-held offices, in the order they took office, with their nationality and term.</p>
      {peopleByOffice(record).map((g) => (
        <section key={g.office ?? 'others'} aria-labelledby={`office-${g.office ?? 'others'}`}>
          <h2 id={`office-${g.office ?? 'others'}`}>{g.office ? officeName(record, g.office) : 'Others'}</h2>
          {g.tenures.length > 0 ? (
            <div class="table-scroll">
              <table class="stack">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Nationality</th>
                    <th scope="col">In office</th>
                    <th scope="col">Term end by rule</th>
                  </tr>
                </thead>
                <tbody>
                  {g.tenures.map((t) => (
                    <tr key={`${t.holder.person}-${t.start}`}>
                      <th scope="row">
                        <a href={paths.person(org, t.holder.person!)}>{personName(record, t.holder.person!)}</a>
                      </th>
                      <td data-label="Nationality">{t.holder.party ? partyName(record, t.holder.party, today) : ''}</td>
                      <td data-label="In office">
                        {t.startUncertainUntil ? `${formatAtPrecision(t.start, t.startPrecision)} (by ${formatAtPrecision(t.startUncertainUntil, 'day')})` : <DateText date={t.start} />}
                        {' – '}
                        {endText(record, t)}
                      </td>
                      <td data-label="Term end by rule">{termEndText(t) ?? 'none (no term rule)'}</td>
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
