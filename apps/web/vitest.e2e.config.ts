import { defineConfig } from 'vitest/config';

// The browser suite: one real headless Chromium, pages visited one after another.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // The time-out policy of the browser suite, set once here: some tests visit every built page
    // (about 500) in turn, which takes minutes on a busy machine; the limit only catches a hang.
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
