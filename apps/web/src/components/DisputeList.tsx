import type { Dispute, OrganizationRecord } from '@turnus/core';
import { paths } from '../lib/paths';
import { SourceLinks } from './SourceLinks';

/** Where sources disagree: each claim with its sources, the value the record uses, and why. */
export function DisputeList({ record, disputes, heading = 'Where sources disagree' }: { record: OrganizationRecord; disputes: readonly Dispute[]; heading?: string }) {
  if (disputes.length === 0) return null;
  return (
    <section class="callout callout-dispute" aria-label={heading}>
      <h2>{heading}</h2>
      {disputes.map((d) => (
        <div class="dispute" key={d.id}>
          <h3>
            {d.about}{' '}
            <a class="small" href={paths.dispute(record.organization.id, d.id)}>
              (dispute “{d.id}”)
            </a>
          </h3>
          <ul>
            {d.claims.map((c, i) => (
              <li key={i}>
                “{c.value}” <SourceLinks record={record} ids={c.sources} label="according to" />
              </li>
            ))}
          </ul>
          {d.adopted ? (
            <p>
              <strong>The record uses:</strong> {d.adopted}
            </p>
          ) : null}
          {d.reasoning ? <p class="muted">{d.reasoning}</p> : null}
        </div>
      ))}
    </section>
  );
}
