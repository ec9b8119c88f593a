import { defineConfig } from 'vitest/config';

// Resolve @turnus/core to its source (the `@turnus/source` export condition), so these tests
// always run against the engine as it is, never against a stale build.
const conditions = ['@turnus/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { include: ['src/**/*.test.ts'], server: { deps: { inline: [/@turnus\/core/] } } },
});
