import type { Dispute, OrganizationRecord } from '@turnus/core';
import { SourceLinks } from './SourceLinks';
import { plainText } from '../lib/prose';
import { ResearchNotes } from './ResearchNotes';

/** One dispute's claims, each with its sources, then the value the record uses and why. */
export function DisputeClaims({ record, dispute }: { record: OrganizationRecord; dispute: Dispute }) {
  return (
    <>
      <ul>
        {dispute.claims.map((c, i) => (
          <li key={i}>
            “{plainText(record, c.value)}” <SourceLinks record={record} ids={c.sources} label="according to" />
          </li>
        ))}
      </ul>
      {dispute.adopted ? (
        <p>
          <strong>The record uses:</strong> {plainText(record, dispute.adopted)}
        </p>
      ) : null}
      <ResearchNotes record={record} notes={[dispute.reasoning]} summary="Why" />
    </>
  );
}
