import { defineConfig } from 'vitest/config';

/** Unit tests (pure functions) and integration tests (the core over a real SQLite file), in Node. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
