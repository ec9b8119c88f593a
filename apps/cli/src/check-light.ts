/**
 * `turnus check` of an embedded record: built as a third file, dist/turnus-check.js, with the
 * validation (zod and the checks) but not the YAML reader, the record writer or the exporters of
 * dist/turnus-heavy.js. An embedded record is JSON compiled from a checked YAML file, so nothing
 * here needs the YAML; a check of files loads dist/turnus-heavy.js instead (see program.ts).
 */
import './zod-jitless';
export { runCheck, checkText, checkJson, checkFailure } from './commands/check';
