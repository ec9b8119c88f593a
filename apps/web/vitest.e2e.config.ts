import { defineConfig } from 'vitest/config';

// The browser suite: one real headless Chromium, pages visited one after another.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
