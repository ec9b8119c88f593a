import { defineConfig } from 'vitest/config';

// Resolve @turnus/core to its source (the `@turnus/source` export condition), so these tests
// always run against the engine as it is, never against a stale build.
const conditions = ['@turnus/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['src/**/*.test.ts'],
    server: { deps: { inline: [/@turnus\/core/] } },
    // The time-out policy of this package, set once here and nowhere else: heavy tests (every cut
    // × every day) must never fail for a slow, busy machine. Property tests are bounded by their
    // number of runs; the limit below only catches a hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
