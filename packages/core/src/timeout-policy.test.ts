import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.(test|e2e)\.tsx?$/.test(name) ? [path] : [];
  });
}

// Tests run on small machines busy with other work: a per-test time limit that heavy work can
// exceed makes the suite fail there and pass here. Each package sets one generous limit, only to
// catch a hang, in its vitest config; property tests are bounded by their runs, never by time.
describe('the time-out policy of the test suites', () => {
  const self = new URL(import.meta.url).pathname;
  const files = ['packages', 'apps'].flatMap((dir) => testFiles(join(ROOT, dir))).filter((file) => file !== self);

  it('finds the test files of every package', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('leaves time limits to each package config: no test, hook or property sets its own', () => {
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [
        /\{\s*timeout:/, // it('…', { timeout }, fn)
        /^\s*\},\s*[\d_]+\s*\)\s*;/m, // it('…', fn, 5000); beforeAll(fn, 0);
        /vi\.setConfig\(/,
        /interruptAfterTimeLimit|skipAllAfterTimeLimit/, // fast-check runs bounded by time
      ]
        .filter((re) => re.test(text))
        .map((re) => `${relative(ROOT, file)}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });

  it('sets one limit, only to catch a hang, in the vitest config of every package that has tests', () => {
    for (const config of ['packages/core', 'packages/data', 'apps/cli', 'apps/web'].map((dir) => join(ROOT, dir, 'vitest.config.ts'))) {
      const text = readFileSync(config, 'utf8');
      expect(text, config).toMatch(/testTimeout: 600_000/);
      expect(text, config).toMatch(/hookTimeout: 600_000/);
    }
  });
});
