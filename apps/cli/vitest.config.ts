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
    // The tests spawn the program, often several at once: on a small machine busy with other
    // work that takes long, and a test must not fail for it. The limits only catch a hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
