import { defineConfig } from 'vitest/config';

// Resolve @turnus/core to its source (the `@turnus/source` export condition), so these tests
// always run against the engine as it is, never against a stale build.
const conditions = ['@turnus/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Heavy tests (every cut × every day) must never fail for a slow, busy machine: no time limit.
  test: { include: ['src/**/*.test.ts'], testTimeout: 0, server: { deps: { inline: [/@turnus\/core/] } } },
});
