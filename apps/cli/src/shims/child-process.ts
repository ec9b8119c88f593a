/**
 * Stands in for `node:child_process` in the bundle. Commander imports it for executable
 * sub-commands, which turnus does not have; loading the real module costs several milliseconds
 * at every start. It is loaded only if a spawn is ever asked for.
 */
const childProcess = {
  spawn: (...args: unknown[]) => (process.getBuiltinModule('node:child_process') as { spawn: (...a: unknown[]) => unknown }).spawn(...args),
};

export default childProcess;
