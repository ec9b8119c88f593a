import type { Decision, OrganizationRecord } from '@turnus/core';
import { formatDate } from '../lib/dates';
import { safeHref } from '../lib/safe-url';
import { SourceLinks } from './SourceLinks';
import { ResearchNotes } from './ResearchNotes';
import { GradeBadge } from './GradeBadge';
import { plainText } from '../lib/prose';
import { recordLang } from '../i18n/lang';

/** A document adopted or signed: its title (linked when the record gives a safe address), kind, date, sources. */
export function DocumentEntry({ record, decision }: { record: OrganizationRecord; decision: Extract<Decision, { type: 'adopt' }> }) {
  const href = safeHref(decision.url);
  return (
    <li>
      {href ? (
        <a href={href} rel="noopener noreferrer external" lang={recordLang()}>
          {decision.title}
        </a>
      ) : (
        <strong lang={recordLang()}>{decision.title}</strong>
      )}{' '}
      <span class="muted">
        (<span lang={recordLang()}>{plainText(record, decision.document)}</span>, {formatDate(decision.date)})
      </span>
      <GradeBadge grade={decision.grade} />
      <ResearchNotes record={record} notes={[decision.note]} />
      <SourceLinks record={record} ids={decision.sources ?? []} />
    </li>
  );
}
