import { createRequire } from 'node:module';

/**
 * Stands in for `node:child_process` in the bundle. Commander imports it for executable
 * sub-commands, which turnus does not have; loading the real module costs several milliseconds
 * at every start. It is loaded only if a spawn is ever asked for.
 */
const require = createRequire(import.meta.url);

const childProcess = {
  spawn: (...args: unknown[]) => (require('node:child_process') as { spawn: (...a: unknown[]) => unknown }).spawn(...args),
};

export default childProcess;
