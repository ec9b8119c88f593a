import { t } from '../i18n/messages';
/** What each grade of a fact means, for the badge's explanation, in the page's language. */
export const GRADES: Record<string, { readonly label: string; readonly explanation: string }> = {
  get confirmed() {
    return { label: t('gradeConfirmed'), explanation: t('gradeConfirmedText') };
  },
  get reported() {
    return { label: t('gradeReported'), explanation: t('gradeReportedText') };
  },
  get inferred() {
    return { label: t('gradeInferred'), explanation: t('gradeInferredText') };
  },
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
