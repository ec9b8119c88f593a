import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@turnus/source'] },
  test: {
    include: ['src/**/*.test.ts'],
    // The time-out policy of this package, set once here and nowhere else (a test in the repo
    // checks that no test file sets its own): tests run on small, busy machines, so no test may
    // fail for being slow. Property tests are bounded by their number of runs, never by time; the
    // limit below only catches a hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
