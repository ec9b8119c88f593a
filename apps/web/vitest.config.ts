import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@turnus/source'] },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
