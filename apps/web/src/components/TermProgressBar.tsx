import type { PlainDate } from '@turnus/core';
import { termProgress } from '../lib/term-progress';
import { DateText } from './DateText';

/** How far a term has run by rule, as a bar and in words. */
export function TermProgressBar({ start, termEnd, today }: { start: PlainDate; termEnd: PlainDate; today: PlainDate }) {
  const p = termProgress(start, termEnd, today);
  return (
    <div class="term-progress">
      <progress max={p.totalDays} value={p.elapsedDays} aria-label="Share of the term elapsed">
        {p.percent}%
      </progress>
      <p class="small">
        {p.percent}% of the term by rule elapsed
        {p.overrunDays > 0 ? (
          <>
            ; it ended on <DateText date={termEnd} />, {p.overrunDays} days ago
          </>
        ) : (
          <>
            ; {p.remainingDays} days left until <DateText date={termEnd} />
          </>
        )}
        .
      </p>
    </div>
  );
}
