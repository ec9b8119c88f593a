import { partyDisplayName, stateOn, whatIf, type Decision, type OrganizationRecord, type Party, type PlainDate, type Tenure } from '@turnus/core';
import { resolveOffice, resolveParty } from '../args/resolve';
import { CliError } from '../errors';
import { describeDecision, officeName } from '../render/decision';
import { holderText, fromStartText, shortStartText, tenureJson, type TenureJson } from '../render/holding';
import type { Style } from '../render/style';
import { columns, wrap } from '../render/text';

/** The hypothetical changes of `turnus what-if`, as given on the command line. */
export interface WhatIfRequest {
  readonly office: string;
  readonly admit?: readonly string[] | undefined;
  readonly withdraw?: readonly string[] | undefined;
  readonly skip?: readonly string[] | undefined;
  readonly swap?: readonly string[] | undefined;
  /** The day the changes take effect (default: today). */
  readonly from?: PlainDate | undefined;
  readonly today: PlainDate;
  readonly count: number;
}

type Hypothesis = { decisions: Decision[]; parties: Party[] };

/** A party for the hypothesis: one of the record's, or, for `--admit`, a new state given by its ISO code. */
function partyFor(record: OrganizationRecord, name: string, allowNew: boolean, added: Party[]): string {
  if (allowNew && /^[A-Z]{2}$/.test(name) && !record.parties.some((p) => p.id === name)) {
    if (!added.some((p) => p.id === name)) added.push({ id: name, kind: 'state', names: { en: { name } } });
    return name;
  }
  return resolveParty(record, name).id;
}

const invalid = (message: string, hint: string) => new CliError('E_INVALID_OPTION', message, { hint });

/**
 * Refuses changes that contradict each other or change nothing: a party admitted that is already
 * a member (or withdrawn, skipped or swapped that is not one), a party named twice, a swap of a
 * party with itself.
 */
function checkChanges(record: OrganizationRecord, request: WhatIfRequest, date: PlainDate): void {
  // Only who is a member counts here, not in what order: no names are compared.
  const members = new Set(stateOn(record, date, { compareNames: () => 0 }).members.map((m) => m.party));
  const id = (name: string, allowNew: boolean) => (allowNew && /^[A-Z]{2}$/.test(name) && !record.parties.some((p) => p.id === name) ? name : resolveParty(record, name).id);
  const seen = new Map<string, string>();
  const note = (party: string, flag: string) => {
    const before = seen.get(party);
    if (before !== undefined) throw invalid(before === flag ? `${flag} names ${party} twice` : `${party} is given to both ${before} and ${flag}: the changes contradict each other`, 'Name each party once, in one change.');
    seen.set(party, flag);
  };
  for (const name of request.admit ?? []) {
    const party = id(name, true);
    note(party, '--admit');
    if (members.has(party)) throw invalid(`--admit ${party}: ${party} is already a member on ${date}, so nothing would change`, 'Admit a party that is not a member (turnus state lists the members), or give another --from.');
  }
  for (const [flag, names] of [['--withdraw', request.withdraw], ['--skip', request.skip]] as const) {
    for (const name of names ?? []) {
      const party = id(name, false);
      note(party, flag);
      if (!members.has(party)) throw invalid(`${flag} ${party}: ${party} is not a member on ${date}, so nothing would change`, 'turnus state lists the members on a day.');
    }
  }
  const swap = request.swap ?? [];
  if (swap.length === 2) {
    const [a, b] = [id(swap[0]!, false), id(swap[1]!, false)];
    if (a === b) throw invalid(`--swap ${a} ${b}: a party cannot swap turns with itself`, 'Give two different parties: turnus what-if chair --swap TR UZ');
    note(a, '--swap');
    note(b, '--swap');
    for (const party of [a, b]) if (!members.has(party)) throw invalid(`--swap: ${party} is not a member on ${date}, so it has no turn to swap`, 'turnus state lists the members on a day.');
  }
}

function hypothesis(record: OrganizationRecord, request: WhatIfRequest, officeId: string): Hypothesis {
  const date = request.from ?? request.today;
  checkChanges(record, request, date);
  const parties: Party[] = [];
  const decisions: Decision[] = [];
  let n = 0;
  const id = () => `what-if-${++n}`;
  for (const name of request.admit ?? []) decisions.push({ id: id(), type: 'admit', party: partyFor(record, name, true, parties), date });
  for (const name of request.withdraw ?? []) decisions.push({ id: id(), type: 'withdraw', party: partyFor(record, name, false, parties), date });
  for (const name of request.skip ?? []) decisions.push({ id: id(), type: 'skip', office: officeId, party: partyFor(record, name, false, parties), date });
  const swap = request.swap ?? [];
  if (swap.length > 0) {
    if (swap.length !== 2) throw new CliError('E_USAGE', `--swap takes two parties, got ${swap.length}`, { hint: 'turnus what-if chair --swap TR UZ' });
    decisions.push({ id: id(), type: 'swap', office: officeId, parties: [partyFor(record, swap[0]!, false, parties), partyFor(record, swap[1]!, false, parties)], date });
  }
  if (decisions.length === 0) {
    throw new CliError('E_USAGE', 'what-if needs a change to imagine', { hint: 'Give --admit PARTY [--from DATE], --withdraw PARTY, --skip PARTY or --swap A B.' });
  }
  return { decisions, parties };
}

function compare(record: OrganizationRecord, request: WhatIfRequest) {
  const office = resolveOffice(record, request.office);
  const changes = hypothesis(record, request, office.id);
  const [result] = whatIf(record, changes, { today: request.today, count: request.count, offices: [office.id] });
  const augmented: OrganizationRecord = { ...record, parties: [...record.parties, ...changes.parties], decisions: [...record.decisions, ...changes.decisions] };
  return { office, changes, result: result!, augmented };
}

/** `turnus what-if <office> --json`. */
export function whatIfJson(record: OrganizationRecord, request: WhatIfRequest) {
  const { office, changes, result, augmented } = compare(record, request);
  const json = (t: Tenure): TenureJson => tenureJson(augmented, t, t.start);
  return {
    org: record.organization.id,
    office: office.id,
    today: request.today,
    changes: changes.decisions,
    before: result.before.map(json),
    after: result.after.map(json),
    firstDifference: result.firstDifference,
  };
}

/** `turnus what-if <office>` as text: the projection before and after, side by side, and where they part. */
export function whatIfText(record: OrganizationRecord, request: WhatIfRequest, style: Style): string {
  const { office, changes, result, augmented } = compare(record, request);
  const lines = [style.bold(`What if, for the ${officeName(record, office.id)} (projected from ${request.today}):`)];
  for (const d of changes.decisions) lines.push(`  - on ${d.date}: ${describeDecision(augmented, d)}`);
  const cell = (t: Tenure | undefined) => (t ? [shortStartText(t), holderText(augmented, t, t.start)] : ['', '']);
  const rows: string[][] = [];
  for (let i = 0; i < Math.max(result.before.length, result.after.length); i++) {
    const before = result.before[i];
    const after = result.after[i];
    const differs = result.firstDifference !== null && i >= result.firstDifference && (before?.holder.party !== after?.holder.party || before?.start !== after?.start || before?.holder.person !== after?.holder.person);
    rows.push([String(i + 1), ...cell(before), differs ? style.warn('≠') : '=', ...(differs ? cell(after).map((c) => style.warn(c)) : cell(after))]);
  }
  lines.push('', ...columns([['', 'before', '', '', 'after', ''].map((h) => (h ? style.dim(h) : '')), ...rows]).map((l) => `  ${l}`), '');
  if (result.firstDifference === null) {
    // A skip or swap concerns a party's next turn that has not begun: say when it is not among the periods compared.
    const from = request.from ?? request.today;
    const concerned = changes.decisions.flatMap((d) => (d.type === 'skip' ? [d.party] : d.type === 'swap' ? [...d.parties] : []));
    const unseen = concerned.filter((party) => !result.before.some((t) => t.holder.party === party && t.start >= from));
    lines.push(
      unseen.length > 0
        ? `No projected period changes: the next turn of ${unseen.map((p) => partyDisplayName(augmented, p, from)).join(' and ')} after ${from} is not among the ${result.before.length} periods compared (a turn under way is not the next one); give a larger --count.`
        : 'No projected period changes.',
    );
  } else {
    const before = result.before[result.firstDifference];
    const after = result.after[result.firstDifference];
    lines.push(
      `The projection first changes at period ${result.firstDifference + 1}: ${before ? `${holderText(augmented, before, before.start)} from ${fromStartText(before)}` : 'nothing'} becomes ${after ? `${holderText(augmented, after, after.start)} from ${fromStartText(after)}` : 'nothing'}.`,
    );
  }
  // A swap with the party in office exchanges its *following* turn: say so when that gives it two in a row.
  const twice = result.after.findIndex((t, i) => i > 0 && t.holder.party !== null && t.holder.party === result.after[i - 1]!.holder.party && result.before[i]?.holder.party !== t.holder.party);
  if (twice > 0) {
    const party = result.after[twice]!.holder.party!;
    lines.push(
      '',
      wrap(
        `Note: ${partyDisplayName(augmented, party, request.today)} would hold periods ${twice} and ${twice + 1} in a row: a turn already under way (or begun by ${request.from ?? request.today}) is not a party's next one, so a swap or skip concerns the turn after it.`,
        80,
        0,
      ),
    );
  }
  return lines.join('\n') + '\n';
}
