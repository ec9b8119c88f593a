/**
 * The overview's only script, with no framework and no data: it reads the visitor's date, says
 * so in the "as of" line, and shows the state prerendered for that day (the page holds one for
 * each day within a year on which it changes, in <template> elements). Past that, it says the
 * page may be out of date and links to the state computed for the visitor's day.
 */
export interface TodayProps {
  /** The build date, the state shown in the HTML. */
  readonly build: string;
  /** The days on which the prerendered state changes; templates are marked with them. */
  readonly days: readonly string[];
  /** Past this day, the page cannot say. */
  readonly until: string;
  /** "As of {date} (your device’s date); record checked", in the page's language. */
  readonly asOf: string;
  /** The "on this date" page of the organization, in the page's language. */
  readonly onPath: string;
}

function localToday(now: Date): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function words(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!, 12)));
}

export function mount(element: HTMLElement, props: TodayProps): void {
  const today = localToday(new Date());
  const lang = document.documentElement.lang || 'en';
  const asOf = element.querySelector<HTMLElement>('[data-as-of]');
  if (asOf) asOf.textContent = props.asOf.replace('{date}', words(today, lang));
  if (today >= props.until) {
    const beyond = element.querySelector<HTMLElement>('[data-beyond]');
    const link = beyond?.querySelector<HTMLAnchorElement>('a');
    if (beyond && link) {
      link.href = `${props.onPath}?on=${today}`;
      beyond.hidden = false;
    }
    return;
  }
  // The last day of change on or before today picks the state to show.
  const day = [...props.days].reverse().find((d) => d <= today) ?? props.build;
  if (day === props.build) return;
  const template = element.querySelector<HTMLTemplateElement>(`template[data-from="${day}"]`);
  const view = element.querySelector<HTMLElement>('[data-view]');
  if (template && view) view.replaceChildren(template.content.cloneNode(true));
}
