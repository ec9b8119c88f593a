import { stateOn, whatIf, type PlainDate, type Tenure } from '@turnus/core';
import { recordOf } from '../lib/record-store';
import { useEffect, useState } from 'preact/hooks';
import { ProjectionTable } from '../components/ProjectionTable';
import { formatAtPrecision } from '../lib/dates';
import { officeName, partyName, projectedHolderName } from '../lib/record-text';
import { choiceProblems, whatIfChanges, type WhatIfChoice } from '../lib/what-if-changes';
import { useBrowserToday } from './use-browser-today';
import { t } from '../i18n/messages';

export interface WhatIfPanelProps {
  readonly org: string;
  readonly today: PlainDate;
}

/**
 * Toggle hypothetical decisions (a member joining, a skip, a swap) and see how the projections
 * by rule change: computed in the browser by the core's `whatIf`, the record left untouched.
 */
export function WhatIfPanel({ org, today: buildDate }: WhatIfPanelProps) {
  const record = recordOf(org);
  const { today } = useBrowserToday(buildDate);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const state = stateOn(record, today);
  const members = state.members.map((m) => m.party);
  const candidates = record.parties.map((p) => p.id).filter((id) => !members.includes(id));
  // Every office with a rule can be projected; a skip or swap applies to a rotation (or a nationality order).
  const offices = record.offices.filter((o) => o.rules.length > 0).map((o) => o.id);
  const nextYear = `${Number(today.slice(0, 4)) + 1}-01-01`;
  const [choice, setChoice] = useState<WhatIfChoice>({
    admit: { on: false, party: candidates[0] ?? '', date: nextYear },
    skip: { on: false, office: offices[0] ?? 'chair', party: members[members.length - 1] ?? '', date: nextYear },
    swap: { on: false, office: offices[0] ?? 'chair', first: members[0] ?? '', second: members[1] ?? '', date: nextYear },
  });
  const update = <K extends keyof WhatIfChoice>(key: K, patch: Partial<WhatIfChoice[K]>) => setChoice((c) => ({ ...c, [key]: { ...c[key], ...patch } }));
  const problems = choiceProblems(choice);
  const changes = whatIfChanges(choice);
  const results = whatIf(record, changes, { today, count: 6, offices });
  const name = (id: string) => partyName(record, id, today);
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const checked = (e: Event) => (e.target as HTMLInputElement).checked;
  const periodWords = (p: Tenure | undefined) => (p ? t('wiFrom')(projectedHolderName(record, p), formatAtPrecision(p.start, p.startPrecision)) : t('wiNoPeriod'));

  return (
    <div class="what-if">
      <form class="what-if-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset disabled={!ready}>
          <legend>{t('wiLegend')}</legend>
          <div class="what-if-row">
            <input id="wi-admit" type="checkbox" checked={choice.admit.on} onChange={(e) => update('admit', { on: checked(e) })} />
            <label for="wi-admit">{t('wiAdmit')}</label>
            <label class="visually-hidden" for="wi-admit-party">
              {t('wiAdmitParty')}
            </label>
            <select id="wi-admit-party" value={choice.admit.party} onChange={(e) => update('admit', { party: value(e) })}>
              {candidates.map((id) => (
                <option key={id} value={id}>
                  {name(id)}
                </option>
              ))}
            </select>
            <label for="wi-admit-date">{t('wiOn')}</label>
            <input id="wi-admit-date" type="date" value={choice.admit.date} onInput={(e) => update('admit', { date: value(e) })} />
          </div>
          <div class="what-if-row">
            <input id="wi-skip" type="checkbox" checked={choice.skip.on} onChange={(e) => update('skip', { on: checked(e) })} />
            <label for="wi-skip">{t('wiSkip')}</label>
            <label class="visually-hidden" for="wi-skip-party">
              {t('wiSkipParty')}
            </label>
            <select id="wi-skip-party" value={choice.skip.party} onChange={(e) => update('skip', { party: value(e) })}>
              {members.map((id) => (
                <option key={id} value={id}>
                  {name(id)}
                </option>
              ))}
            </select>
            <label for="wi-skip-office">{t('wiIn')}</label>
            <select id="wi-skip-office" value={choice.skip.office} onChange={(e) => update('skip', { office: value(e) })}>
              {offices.map((o) => (
                <option key={o} value={o}>
                  {officeName(record, o)}
                </option>
              ))}
            </select>
            <label for="wi-skip-date">{t('wiDecidedOn')}</label>
            <input id="wi-skip-date" type="date" value={choice.skip.date} onInput={(e) => update('skip', { date: value(e) })} />
          </div>
          <div class="what-if-row">
            <input id="wi-swap" type="checkbox" checked={choice.swap.on} onChange={(e) => update('swap', { on: checked(e) })} />
            <label for="wi-swap">{t('wiSwap')}</label>
            <label class="visually-hidden" for="wi-swap-first">
              {t('wiSwapFirst')}
            </label>
            <select id="wi-swap-first" value={choice.swap.first} onChange={(e) => update('swap', { first: value(e) })}>
              {members.map((id) => (
                <option key={id} value={id}>
                  {name(id)}
                </option>
              ))}
            </select>
            <label for="wi-swap-second">{t('wiAnd')}</label>
            <select id="wi-swap-second" value={choice.swap.second} onChange={(e) => update('swap', { second: value(e) })}>
              {members.map((id) => (
                <option key={id} value={id}>
                  {name(id)}
                </option>
              ))}
            </select>
            <label for="wi-swap-office">{t('wiIn')}</label>
            <select id="wi-swap-office" value={choice.swap.office} onChange={(e) => update('swap', { office: value(e) })}>
              {offices.map((o) => (
                <option key={o} value={o}>
                  {officeName(record, o)}
                </option>
              ))}
            </select>
            <label for="wi-swap-date">{t('wiDecidedOn')}</label>
            <input id="wi-swap-date" type="date" value={choice.swap.date} onInput={(e) => update('swap', { date: value(e) })} />
          </div>
        </fieldset>
        {problems.length > 0 ? (
          <ul class="problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </form>
      <div class="what-if-results" aria-live="polite">
        {results.map((r) => {
          const first = r.firstDifference;
          const summary =
            changes.decisions.length === 0
              ? t('wiNone')
              : first === null
                ? t('wiNoDiff')
                : t('wiFirstDiff')(first + 1, periodWords(r.before[first]), periodWords(r.after[first]));
          return (
            <section key={r.office} class="what-if-office" data-office={r.office} aria-labelledby={`wi-result-${r.office}`}>
              <h3 id={`wi-result-${r.office}`}>{officeName(record, r.office)}</h3>
              <p class={first === null ? 'muted' : 'difference'} data-testid={`difference-${r.office}`}>
                {summary}
              </p>
              <div class="side-by-side">
                <ProjectionTable record={record} periods={r.before} caption={t('wiBefore')} />
                <ProjectionTable record={record} periods={r.after} caption={t('wiAfter')} changedFrom={first} />
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
