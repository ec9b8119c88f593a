/**
 * Everything that needs YAML, zod, the record writer or the exporters. It is built as a second
 * file, dist/turnus-heavy.js, loaded only by the commands that use it (`check`, `record`,
 * `export`, `init`, `schema`, `completion`, and `--data`), so that queries on the embedded
 * records start with none of it. See tsup.config.ts.
 */
import './zod-jitless';
export { runCheck, checkText, checkJson, checkFailure } from './commands/check';
export { runRecord, recordText, recordJson, recordNotes } from './commands/record';
export { exportText } from './commands/export';
export { initRecord } from './commands/init';
export { schemaText } from './commands/schema';
export { completionScript, completionValues } from './commands/completion';
export { parseRecordFile } from './io/parse-file';
export { writeAtomically } from './record/write-file';
