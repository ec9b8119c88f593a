import { defineConfig } from 'vitest/config';

// Unit tests import src/ and resolve @turnus/core to its source (the `@turnus/source` condition);
// every other test spawns the built program, dist/turnus.js.
const conditions = ['@turnus/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  define: { __TURNUS_TEST_HOOKS__: 'false', __VERSION__: '"0.0.0-test"' },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    server: { deps: { inline: [/@turnus\/core/] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
