// Validation: `validate(record, { today })` (zod parse + every semantic check) on the varied
// corpus (_corpus.ts: many offices, rule versions, summits and skips, fixed terms with end
// decisions, roster changes) of 10,000 and 100,000 decisions; the ratio of the two says whether
// it scales linearly (≈ 10). And on the roster corpus (_corpus.ts, rosterRecord): 100,000
// decisions of one monthly alphabetical presidency over a roster of 2,655 parties that grows and
// shrinks, the shape of a user's independent corpus on which validation took ~600 ms while the
// varied one took 328 (issue 21, item 8): the 500 ms budget holds on both.
// Times are CPU time (see cpuNow in _harness.ts); the 100,000 case's wall time is reported too.
// Round by round, the 100,000 case is also split into its stages with the public API: the
// parse, the compile (the first query on the parsed record), and the audit the departures
// check runs; the rest is the other checks.
import { holderOn, type OrganizationRecord } from '@turnus/core';
import { audit } from '@turnus/core/audit';
import { parseRecord, validate } from '@turnus/core/validate';
import { argument, consume, peakRss, progress, report, summarize, timeBoth, timeOnce, ROUNDS, type Summary } from './_harness';
import { ANCHOR } from './_records';
import { rosterRecord, variedRecord } from './_corpus';

const SIZES = [10_000, 100_000] as const;
const TODAY = '2026-11-28';

interface Stages {
  readonly parse: number;
  readonly compile: number;
  readonly audit: number;
}

function stages(input: OrganizationRecord): Stages {
  let parsed: OrganizationRecord | undefined;
  const parse = timeOnce(() => (parsed = parseRecord(input).record));
  if (!parsed) throw new Error('the synthetic record does not parse');
  const record = parsed;
  const compile = timeOnce(() => record.offices.forEach((o) => holderOn(record, o.id, ANCHOR)));
  const auditMs = timeOnce(() => record.offices.forEach((o) => audit(record, o.id)));
  return { parse, compile, audit: auditMs };
}

/** The most members the record has at once. */
function largestRoster(record: OrganizationRecord): number {
  const changes = record.decisions.filter((d) => d.type === 'admit' || d.type === 'withdraw').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let members = 0;
  let most = 0;
  for (const d of changes) most = Math.max(most, (members += d.type === 'admit' ? 1 : -1));
  return most;
}

const peakSize = argument('peak');
if (peakSize) {
  // One pass for the memory benchmark: phase `record` builds the record only.
  const record = variedRecord(Number(peakSize));
  if (argument('phase') !== 'record') consume(validate(record, { today: TODAY }).length);
  report({ decisions: Number(peakSize), phase: argument('phase') ?? 'full', peakRssBytes: peakRss() });
} else {
  const records = SIZES.map((n) => variedRecord(n));
  const diagnostics = records.map((r) => validate(r, { today: TODAY })); // also the warm-up
  const counts = diagnostics.map((list) => ({
    total: list.length,
    bySeverity: Object.fromEntries(['error', 'warning', 'info'].map((s) => [s, list.filter((d) => d.severity === s).length])),
    codes: [...new Set(list.map((d) => d.code))],
  }));
  // Each round: 10,000, 100,000, 10,000 — the small case brackets the large one, and the
  // round's ratio divides the large time by the mean of the two small ones around it.
  const small: number[] = [];
  const large: number[] = [];
  const largeWall: number[] = [];
  const roundRatios: number[] = [];
  const split: Stages[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const before = timeOnce(() => validate(records[0]!, { today: TODAY }));
    const big = timeBoth(() => validate(records[1]!, { today: TODAY }));
    const after = timeOnce(() => validate(records[0]!, { today: TODAY }));
    small.push(before, after);
    large.push(big.cpu);
    largeWall.push(big.wall);
    roundRatios.push(big.cpu / ((before + after) / 2));
    split.push(stages(records[1]!));
    progress(`validation: round ${r + 1}/${ROUNDS} 10,000: ${Math.round(before)} and ${Math.round(after)} ms, 100,000: ${Math.round(big.cpu)} ms (wall ${Math.round(big.wall)} ms)`);
  }
  const sizes = SIZES.map((_, i) => ({
    decisions: records[i]!.decisions.length,
    parties: records[i]!.parties.length,
    offices: records[i]!.offices.length,
    ruleVersions: records[i]!.offices.reduce((n, o) => n + o.rules.length, 0),
    summits: records[i]!.summits.length,
    byType: records[i]!.decisions.reduce<Record<string, number>>((m, d) => ({ ...m, [d.type]: (m[d.type] ?? 0) + 1 }), {}),
    diagnostics: counts[i],
    ms: summarize([small, large][i]!),
    ...(i === 1 ? { wallMs: summarize(largeWall) } : {}),
  }));
  // The roster corpus in rounds of its own, once the varied records are gone (each record's
  // compiled model lives as long as it does, and a larger heap would slow the other's collections).
  records.length = 0;
  const roster = rosterRecord(100_000);
  const rosterDiagnostics = validate(roster, { today: TODAY }); // also the warm-up
  validate(roster, { today: TODAY });
  const rosterCpu: number[] = [];
  const rosterWall: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const time = timeBoth(() => validate(roster, { today: TODAY }));
    rosterCpu.push(time.cpu);
    rosterWall.push(time.wall);
    progress(`validation: round ${r + 1}/${ROUNDS} roster corpus, 100,000: ${Math.round(time.cpu)} ms (wall ${Math.round(time.wall)} ms)`);
  }
  const stageSummary = (key: keyof Stages): Summary => summarize(split.map((s) => s[key]));
  report({
    benchmark: 'validation',
    rounds: ROUNDS,
    today: TODAY,
    sizes,
    ratio100kOver10k: summarize(roundRatios),
    roster: {
      decisions: roster.decisions.length,
      parties: roster.parties.length,
      months: roster.decisions.filter((d) => d.type === 'handover').length,
      admissions: roster.decisions.filter((d) => d.type === 'admit').length,
      withdrawals: roster.decisions.filter((d) => d.type === 'withdraw').length,
      largestRoster: largestRoster(roster),
      diagnostics: { total: rosterDiagnostics.length, codes: [...new Set(rosterDiagnostics.map((d) => d.code))] },
      ms: summarize(rosterCpu),
      wallMs: summarize(rosterWall),
    },
    stages100k: {
      parse: stageSummary('parse'),
      compile: stageSummary('compile'),
      audit: stageSummary('audit'),
      otherChecks: summarize(large.map((total, r) => total - split[r]!.parse - split[r]!.compile - split[r]!.audit)),
    },
  });
}
