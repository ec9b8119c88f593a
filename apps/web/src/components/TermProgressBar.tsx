import type { PlainDate } from '@turnus/core';
import { termProgress } from '../lib/term-progress';
import { formatDate } from '../lib/dates';
import { t } from '../i18n/messages';

/** How far a term has run by rule, as a bar and in words. */
export function TermProgressBar({ start, termEnd, today }: { start: PlainDate; termEnd: PlainDate; today: PlainDate }) {
  const p = termProgress(start, termEnd, today);
  return (
    <div class="term-progress">
      <progress max={p.totalDays} value={p.elapsedDays} aria-label={t('termShare')}>
        {p.percent}%
      </progress>
      <p class="small">
        {t('termElapsed')(p.percent)}
        {p.overrunDays > 0 ? t('termEnded')(formatDate(termEnd), p.overrunDays) : t('termLeft')(p.remainingDays, formatDate(termEnd))}.
      </p>
    </div>
  );
}
