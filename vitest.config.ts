import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` for the pure modules (fast, parallel) and `site` for everything that
 * builds the site and drives it in Chromium (sequential: astro builds share .astro/). The
 * site project's global setup builds once and serves dist/ for every browser test.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Timeouts guard against hangs, not speed: a unit test that starts the CSL engine
          // (Citation.js, ~1.5 s quiet) must not fail because the machine is busy.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/gates/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // expect.poll waits for a state; its default bound (1 s) is a window a loaded machine
          // can miss, so the bound here is on a hang only.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
