import { addDays, earliestDay, stateOn, type PlainDate } from '@turnus/core';
import { recordOf } from '../lib/record-store';
import { useLayoutEffect, useState } from 'preact/hooks';
import { StateView } from '../components/StateView';
import { dateFromQuery, formatDate, isDay, localToday } from '../lib/dates';
import { summitTitle } from '../lib/summits';
import { useBrowserToday } from './use-browser-today';
import { t } from '../i18n/messages';

export interface DateExplorerProps {
  readonly org: string;
  /** The build date: the prerendered page shows the state on this day. */
  readonly today: PlainDate;
}

/**
 * Pick a day and see the organization that day. The day lives in the address (`?on=YYYY-MM-DD`),
 * so it can be shared; the state is computed in the browser by the core.
 */
export function DateExplorer({ org, today: buildDate }: DateExplorerProps) {
  const record = recordOf(org);
  const { today } = useBrowserToday(buildDate);
  // The first render matches the prerendered markup (a placeholder: the server cannot know the
  // day in the address); the day from the address, or the visitor's today, is set in a layout
  // effect, before the hydrated island is painted, so the build date's state never shows first.
  const [date, setDate] = useState<PlainDate | null>(null);
  const [typed, setTyped] = useState<string>(buildDate);
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    const initial = dateFromQuery(window.location.search) ?? localToday(new Date());
    setDate(initial);
    setTyped(initial);
    setReady(true);
  }, []);

  const choose = (value: string) => {
    setTyped(value);
    if (!isDay(value)) return;
    setDate(value);
    const url = new URL(window.location.href);
    url.searchParams.set('on', value);
    window.history.replaceState(null, '', url);
  };

  const summitDays = record.summits.filter((s) => s.date.length === 10 && s.status === 'held');
  const state = date === null ? null : stateOn(record, date, { today });
  const invalid = typed !== '' && !isDay(typed);
  return (
    <div class="date-explorer">
      <form
        class="date-form"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          choose(typed);
        }}
      >
        <fieldset disabled={!ready}>
          <legend>{t('pickDay')}</legend>
          <div class="field-row">
            <label for="on-date">{t('date')}</label>
            <input
              id="on-date"
              name="on"
              type="date"
              value={typed}
              min={earliestDay(record.summits.reduce((m, s) => (s.date < m ? s.date : m), record.organization.founded.date))}
              aria-invalid={invalid}
              aria-describedby="on-date-help"
              onInput={(e) => choose((e.target as HTMLInputElement).value)}
            />
            <button type="submit">{t('show')}</button>
          </div>
          <p id="on-date-help" class="small muted">
            {invalid ? t('notADate') : ''}
            {t('addressKeeps')}
          </p>
          <div class="field-row">
            <button type="button" onClick={() => choose(addDays(date ?? today, -1))}>
              {t('dayBefore')}
            </button>
            <button type="button" onClick={() => choose(addDays(date ?? today, 1))}>
              {t('dayAfter')}
            </button>
            <button type="button" onClick={() => choose(today)}>
              {t('today')}
            </button>
          </div>
          <div class="field-row">
            <label for="summit-day">{t('orSummitDay')}</label>
            <select
              id="summit-day"
              value={date !== null && summitDays.some((s) => s.date === date) ? date : ''}
              onChange={(e) => {
                const value = (e.target as HTMLSelectElement).value;
                if (value) choose(value);
              }}
            >
              <option value="">{t('chooseSummit')}</option>
              {summitDays.map((s) => (
                <option key={s.id} value={s.date}>
                  {formatDate(s.date)} — {summitTitle(s)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      </form>
      {state ? (
        <StateView record={record} state={state} today={today} />
      ) : (
        // On the server: a placeholder of stable size; the state on the build date is in the page's <noscript>.
        <p class="state-placeholder" />
      )}
    </div>
  );
}
