import { whatIf, type Decision, type OrganizationRecord, type Party, type PlainDate, type Tenure } from '@turnus/core';
import { resolveOffice, resolveParty } from '../args/resolve';
import { CliError } from '../errors';
import { describeDecision, officeName } from '../render/decision';
import { holderText, shortStartText, tenureJson, type TenureJson } from '../render/holding';
import type { Style } from '../render/style';
import { columns } from '../render/text';

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

function hypothesis(record: OrganizationRecord, request: WhatIfRequest, officeId: string): Hypothesis {
  const date = request.from ?? request.today;
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
  if (result.firstDifference === null) lines.push('No projected period changes.');
  else {
    const before = result.before[result.firstDifference];
    const after = result.after[result.firstDifference];
    lines.push(
      `The projection first changes at period ${result.firstDifference + 1}: ${before ? `${holderText(augmented, before, before.start)} from ${shortStartText(before)}` : 'nothing'} becomes ${after ? `${holderText(augmented, after, after.start)} from ${shortStartText(after)}` : 'nothing'}.`,
    );
  }
  return lines.join('\n') + '\n';
}
