import type { OrganizationRecord } from '@turnus/core';
import { plainText } from '../lib/prose';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

/**
 * The researchers' notes on a fact, behind a disclosure: the page leads with the fact, and the
 * reasoning is one click away. Notes are plain text, in words (see `plainText`).
 */
export function ResearchNotes({ record, notes, summary = t('researchNotes') }: { record: OrganizationRecord; notes: readonly (string | undefined)[]; summary?: string }) {
  const shown = notes.filter((n): n is string => n !== undefined && n.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <details class="research-notes">
      <summary>{summary}</summary>
      {shown.length === 1 ? (
        <p lang={recordLang()}>{plainText(record, shown[0]!)}</p>
      ) : (
        <ul lang={recordLang()}>
          {shown.map((n, i) => (
            <li key={i}>{plainText(record, n)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
