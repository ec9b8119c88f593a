import type { Gap, OrganizationRecord } from '@turnus/core';
import { paths } from '../lib/paths';
import { SourceLinks } from './SourceLinks';
import { plainText } from '../lib/prose';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

/** Known unknowns shown where they matter, so a visitor sees what the record does not know. */
export function GapList({ record, gaps, heading = t('notKnown') }: { record: OrganizationRecord; gaps: readonly Gap[]; heading?: string }) {
  if (gaps.length === 0) return null;
  return (
    <section class="callout callout-gap" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {gaps.map((g) => (
          <li key={g.id}>
            <span lang={recordLang()}>{plainText(record, g.description)}</span>{' '}
            <a class="small" href={paths.gap(record.organization.id, g.id)}>
              {t('moreOpenQuestionLc')}
            </a>
            <SourceLinks record={record} ids={g.sources ?? []} />
          </li>
        ))}
      </ul>
    </section>
  );
}
