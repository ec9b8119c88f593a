/** What each grade of a fact means, for the badge's explanation. */
export const GRADES: Record<string, { label: string; explanation: string }> = {
  confirmed: { label: 'confirmed', explanation: 'Confirmed: stated by an official source of the organization or its members.' },
  reported: { label: 'reported', explanation: 'Reported: stated by the press or reference works, not confirmed by an official source.' },
  inferred: { label: 'inferred', explanation: 'Inferred: no source states it; it is concluded from other sourced facts.' },
};

/**
 * How sure the record is of a fact, as a badge whose explanation is in the text (for screen
 * readers and touch screens, not only in a tooltip). "Reported", the default, is not shown.
 */
export function GradeBadge({ grade }: { grade: string | undefined }) {
  if (grade === undefined || grade === 'reported') return null;
  const g = GRADES[grade];
  if (!g) return null;
  return (
    <span class={`badge badge-grade badge-${grade}`} title={g.explanation}>
      {g.label}
      <span class="visually-hidden">: {g.explanation.split(': ')[1]}</span>
    </span>
  );
}
