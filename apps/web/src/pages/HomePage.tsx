import { organizationName, stateOn, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { DateText } from '../components/DateText';
import { paths } from '../lib/paths';
import { fullName } from '../lib/record-text';

/** The organizations this site describes. */
export function HomePage({ records, today }: { records: readonly OrganizationRecord[]; today: PlainDate }) {
  return (
    <>
      <h1>Who governs intergovernmental organizations, and until when</h1>
      <p class="lede">
        Turnus follows the chairs, Secretaries-General, terms and rotations of intergovernmental organizations over time, from sourced records: who holds
        each office today, how it got there, and what comes next by the organization’s own rules.
      </p>
      <h2>Organizations</h2>
      <ul class="org-list">
        {records.map((r) => {
          const name = organizationName(r, today);
          const state = stateOn(r, today);
          return (
            <li key={r.organization.id}>
              <a class="org-name" href={paths.overview(r.organization.id)}>
                {fullName(name)}
              </a>
              <p>
                Founded {r.organization.founded.date.length === 10 ? 'on' : 'in'} <DateText date={r.organization.founded.date} /> in {r.organization.founded.place}; {state.members.length} members and {state.observers.length}{' '}
                observers today. Record as of <DateText date={r.asOf} />, from {r.sources.length} sources.
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
