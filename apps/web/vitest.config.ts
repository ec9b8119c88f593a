import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@turnus/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The time-out policy of this package, set once here and nowhere else: tests that read every
    // built page must not fail for a slow, busy machine; the limit only catches a hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
