import type { OrganizationRecord } from '@turnus/core';
import { plainText } from '../lib/prose';

/**
 * The researchers' notes on a fact, behind a disclosure: the page leads with the fact, and the
 * reasoning is one click away. Notes are plain text, in words (see `plainText`).
 */
export function ResearchNotes({ record, notes, summary = 'Research notes' }: { record: OrganizationRecord; notes: readonly (string | undefined)[]; summary?: string }) {
  const shown = notes.filter((n): n is string => n !== undefined && n.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <details class="research-notes">
      <summary>{summary}</summary>
      {shown.length === 1 ? (
        <p>{plainText(record, shown[0]!)}</p>
      ) : (
        <ul>
          {shown.map((n, i) => (
            <li key={i}>{plainText(record, n)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
