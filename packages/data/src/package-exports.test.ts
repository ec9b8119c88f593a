import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordIds } from '../tsup.config';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: { '*': Record<string, string[]> };
};

describe('package.json', () => {
  it('exports every record as its own entry, @turnus/data/<id> (a new record needs its lines here)', () => {
    const entries = Object.keys(manifest.exports).filter((key) => /^\.\/[a-z0-9-]+$/.test(key));
    expect(entries).toEqual(recordIds.map((id) => `./${id}`));
    for (const id of recordIds) {
      expect(manifest.exports[`./${id}`], `"./${id}"`).toEqual({
        import: { types: `./dist/${id}.d.ts`, default: `./dist/${id}.js` },
        require: { types: `./dist/${id}.d.cts`, default: `./dist/${id}.cjs` },
      });
    }
  });

  it('maps every record entry for TypeScript without "exports" (moduleResolution node10)', () => {
    expect(manifest.typesVersions['*']).toEqual(Object.fromEntries(recordIds.map((id) => [id, [`./dist/${id}.d.cts`]])));
  });
});
