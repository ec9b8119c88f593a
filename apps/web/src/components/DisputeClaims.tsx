import type { Dispute, OrganizationRecord } from '@turnus/core';
import { SourceLinks } from './SourceLinks';

/** One dispute's claims, each with its sources, then the value the record uses and why. */
export function DisputeClaims({ record, dispute }: { record: OrganizationRecord; dispute: Dispute }) {
  return (
    <>
      <ul>
        {dispute.claims.map((c, i) => (
          <li key={i}>
            “{c.value}” <SourceLinks record={record} ids={c.sources} label="according to" />
          </li>
        ))}
      </ul>
      {dispute.adopted ? (
        <p>
          <strong>The record uses:</strong> {dispute.adopted}
        </p>
      ) : null}
      {dispute.reasoning ? <p class="muted">{dispute.reasoning}</p> : null}
    </>
  );
}
