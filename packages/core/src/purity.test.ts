import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) && !name.startsWith('_') ? [path] : [];
  });
}

describe('the core is pure', () => {
  it('never touches the file system, the process, the console or the clock', () => {
    const offenders = sources(new URL('.', import.meta.url).pathname).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [/from 'node:/, /\bprocess\./, /\bconsole\./, /\bDate\.now\(/, /new Date\(\)/, /\bfetch\(/].filter((re) => re.test(text)).map((re) => `${file}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });
});
