import type { Dispute, OrganizationRecord } from '@turnus/core';
import { SourceLinks } from './SourceLinks';
import { plainText } from '../lib/prose';
import { ResearchNotes } from './ResearchNotes';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

/** One dispute's claims, each with its sources, then the value the record uses and why. */
export function DisputeClaims({ record, dispute }: { record: OrganizationRecord; dispute: Dispute }) {
  return (
    <>
      <ul>
        {dispute.claims.map((c, i) => (
          <li key={i}>
            <span lang={recordLang()}>“{plainText(record, c.value)}”</span> <SourceLinks record={record} ids={c.sources} label={t('accordingTo')} />
          </li>
        ))}
      </ul>
      {dispute.adopted ? (
        <p>
          <strong>{t('recordUses')}</strong> <span lang={recordLang()}>{plainText(record, dispute.adopted)}</span>
        </p>
      ) : null}
      <ResearchNotes record={record} notes={[dispute.reasoning]} summary={t('why')} />
    </>
  );
}
