import type { Dispute, OrganizationRecord } from '@turnus/core';
import { paths } from '../lib/paths';
import { DisputeClaims } from './DisputeClaims';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

/** Where sources disagree: each claim with its sources, the value the record uses, and why. */
export function DisputeList({ record, disputes, heading = t('disagree') }: { record: OrganizationRecord; disputes: readonly Dispute[]; heading?: string }) {
  if (disputes.length === 0) return null;
  return (
    <section class="callout callout-dispute" aria-label={heading}>
      <h2>{heading}</h2>
      {disputes.map((d) => (
        <div class="dispute" key={d.id}>
          <h3>
            <span lang={recordLang()}>{d.about}</span>{' '}
            <a class="small" href={paths.dispute(record.organization.id, d.id)}>
              {t('onSourcesPage')}
            </a>
          </h3>
          <DisputeClaims record={record} dispute={d} />
        </div>
      ))}
    </section>
  );
}
