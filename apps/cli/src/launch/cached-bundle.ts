import type { Script } from 'node:vm';
import { bundleId, decodeCodeCache, encodeCodeCache } from './code-cache-file';

/**
 * Runs the program's bundles (dist/turnus-main.js, turnus-heavy.js, turnus-check.js: CommonJS)
 * through V8's code cache. Node 20 compiles an ES module or a required file from its text at
 * every start, then compiles each function again when it is first called: for a 200 KB program,
 * most of its start-up. A `vm.Script` given the code V8 made last time (`cachedData`) skips both.
 *
 * The build writes each cache (`X.js.cache`, see code-cache-file.ts) by running the usual
 * commands. A missing, foreign, damaged or refused cache (another Node, other V8 flags) costs
 * only the time it would have saved: the bundle is compiled from its text, and the cache is
 * written again when the command ends, atomically, if the folder may be written; that never
 * fails the command.
 */

const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');
const vm = process.getBuiltinModule('node:vm');

/** `TURNUS_CODE_CACHE=refresh` (the build) writes every cache again at exit, with what the command compiled added. */
const refresh = process.env.TURNUS_CODE_CACHE === 'refresh';

/** A bundle run as a CommonJS module: the usual parameters, `exports` first. */
type ModuleFunction = (exports: unknown, require: (id: string) => unknown, module: { exports: unknown }, filename: string, dirname: string) => void;

/** The wrapper, on a line of its own so that line numbers in stack traces stay those of the file. */
const HEAD = '(function (exports, require, module, __filename, __dirname) {\n';
const TAIL = '\n})';

/** Bundles whose cache is to be written when the command ends. */
const pending: { script: Script; cacheFile: string; id: string }[] = [];
const loaded = new Map<string, { exports: unknown }>();

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The `module.exports` of a bundle, run once per process. `require` inside it gives the other
 * bundles (`./turnus-heavy.js`, `./turnus-check.js`) the same way, and Node's modules otherwise.
 */
export function loadBundle(file: string, nodeRequire: (id: string) => unknown): unknown {
  const done = loaded.get(file);
  if (done !== undefined) return done.exports;
  const source = fs.readFileSync(file, 'utf8');
  const id = bundleId(source);
  const cacheFile = `${file}.cache`;
  const cachedData = decodeCodeCache(readIfThere(cacheFile), id);
  const script = new vm.Script(HEAD + source + TAIL, { filename: file, lineOffset: -1, ...(cachedData ? { cachedData } : {}) });
  if (id !== undefined && (refresh || cachedData === undefined || script.cachedDataRejected === true)) {
    if (pending.length === 0) process.once('exit', writeCaches);
    pending.push({ script, cacheFile, id });
  }
  const dirname = path.dirname(file);
  const require = (request: string): unknown => (request.startsWith('./turnus-') ? loadBundle(path.join(dirname, request), nodeRequire) : nodeRequire(request));
  const module = { exports: {} as unknown };
  loaded.set(file, module);
  (script.runInThisContext() as ModuleFunction)(module.exports, require, module, file, dirname);
  return module.exports;
}

/**
 * Writes the caches of the bundles this process compiled without one: to a temporary file beside
 * it, renamed over the old one, so that a reader sees a whole file or none. A folder that may not
 * be written (a read-only install) is found when the temporary file is opened, before V8 is asked
 * for anything.
 */
function writeCaches(): void {
  for (const { script, cacheFile, id } of pending.splice(0)) {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    let fd: number | undefined;
    try {
      fd = fs.openSync(temporary, 'wx', 0o644);
      fs.writeFileSync(fd, encodeCodeCache(id, script.createCachedData()));
      fs.closeSync(fd);
      fd = undefined;
      fs.renameSync(temporary, cacheFile);
    } catch {
      // Never the command's failure: the next run compiles from the text again.
      if (fd !== undefined) attempt(() => fs.closeSync(fd!));
      attempt(() => fs.unlinkSync(temporary));
    }
  }
}

function attempt(action: () => void): void {
  try {
    action();
  } catch {
    // nothing to undo
  }
}
