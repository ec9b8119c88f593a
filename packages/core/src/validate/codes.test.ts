import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from './codes';

describe('the diagnostics catalogue', () => {
  it('is documented, code by code, in docs/diagnostics.md', () => {
    const doc = readFileSync(new URL('../../../../docs/diagnostics.md', import.meta.url), 'utf8');
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(doc, code).toContain(`| \`${code}\` | ${info.severity} | ${info.title} |`);
    }
  });
});
