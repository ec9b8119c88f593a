// The embedded records (@turnus/data): `validate` of each (parse + every check), compiling it
// (every office's tenures) and `stateOn` its asOf day, CPU ms, min / median / max over the rounds.
import { holderOn, stateOn } from '@turnus/core';
import { validate } from '@turnus/core/validate';
import { records } from '@turnus/data';
import { progress, report, summarize, timeOnce, ROUNDS } from './_harness';

const result: Record<string, unknown> = {};
for (const [id, record] of Object.entries(records)) {
  const validateMs: number[] = [];
  const compileMs: number[] = [];
  const stateMs: number[] = [];
  validate(record, { today: record.asOf }); // warm-up
  let diagnostics = 0;
  for (let r = 0; r < ROUNDS; r++) {
    validateMs.push(timeOnce(() => (diagnostics = validate(record, { today: record.asOf }).length)));
    const fresh = { ...record };
    compileMs.push(timeOnce(() => fresh.offices.forEach((o) => holderOn(fresh, o.id, record.asOf))));
    stateMs.push(timeOnce(() => stateOn(fresh, record.asOf)));
  }
  result[id] = { decisions: record.decisions.length, offices: record.offices.length, diagnostics, validateMs: summarize(validateMs), compileMs: summarize(compileMs), stateOnMs: summarize(stateMs) };
  progress(`records: ${id} validate ${summarize(validateMs).median.toFixed(1)} ms`);
}
report({ benchmark: 'records', rounds: ROUNDS, records: result });
