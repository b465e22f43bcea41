import { defineConfig } from 'vitest/config';

// One run for every package's unit and integration tests (`pnpm test:unit`).
// End-to-end specs run with Playwright from e2e/.
export default defineConfig({
  test: {
    projects: [
      'shared',
      'server',
      'client',
      // The load generator's own mechanisms (bench/lib).
      { test: { name: 'bench', include: ['bench/lib/**/*.test.ts'] } },
      // Checks on the whole tree (no circles, invariant IDs quoted by tests).
      { test: { name: 'house', include: ['scripts/**/*.test.ts'] } },
    ],
  },
});
