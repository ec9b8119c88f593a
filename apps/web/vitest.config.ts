import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@turnus/source'] },
  // Tests that read every built page must not fail for a slow, busy machine: no time limit.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 0 },
});
