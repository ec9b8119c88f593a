import { isPlainDate, type PlainDate, type WhatIfChanges } from '@turnus/core';
import { t } from '../i18n/messages';

/** The hypothetical changes a visitor can toggle on the projections page. */
export interface WhatIfChoice {
  readonly admit: { readonly on: boolean; readonly party: string; readonly date: string };
  readonly skip: { readonly on: boolean; readonly office: string; readonly party: string; readonly date: string };
  readonly swap: { readonly on: boolean; readonly office: string; readonly first: string; readonly second: string; readonly date: string };
}

/** Why a choice cannot be applied, in words, or nothing when it can. */
export function choiceProblems(choice: WhatIfChoice): string[] {
  const problems: string[] = [];
  const check = (on: boolean, date: string, what: 'admission' | 'skip' | 'swap') => {
    if (on && !isPlainDate(date)) problems.push(t('wiBadDate')(what));
  };
  check(choice.admit.on, choice.admit.date, 'admission');
  check(choice.skip.on, choice.skip.date, 'skip');
  check(choice.swap.on, choice.swap.date, 'swap');
  if (choice.swap.on && choice.swap.first === choice.swap.second) problems.push(t('wiSameTwice'));
  return problems;
}

/**
 * The hypothetical decisions for the engine's `whatIf`, from the toggles that are on and valid.
 * @example whatIfChanges({ admit: { on: true, party: 'TM', date: '2027-01-01' }, ... })
 * // { decisions: [{ type: 'admit', party: 'TM', date: '2027-01-01' }] }
 */
export function whatIfChanges(choice: WhatIfChoice): WhatIfChanges {
  const decisions: WhatIfChanges['decisions'][number][] = [];
  const ok = (date: string): date is PlainDate => isPlainDate(date);
  if (choice.admit.on && ok(choice.admit.date)) decisions.push({ type: 'admit', party: choice.admit.party, date: choice.admit.date, sources: [] });
  if (choice.skip.on && ok(choice.skip.date)) decisions.push({ type: 'skip', office: choice.skip.office, party: choice.skip.party, date: choice.skip.date, sources: [] });
  if (choice.swap.on && ok(choice.swap.date) && choice.swap.first !== choice.swap.second) {
    decisions.push({ type: 'swap', office: choice.swap.office, parties: [choice.swap.first, choice.swap.second], date: choice.swap.date, sources: [] });
  }
  return { decisions };
}
