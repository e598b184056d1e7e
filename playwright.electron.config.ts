import { defineConfig } from '@playwright/test';

/**
 * The Electron end-to-end suite (`npm run test:electron`, through scripts/electron-e2e.ts): the
 * real desktop app, launched by Playwright's Electron support from the built `out/`, each test
 * with its own throw-away data folder. It needs the Electron binary (`npx electron --version`
 * must work), which cannot be downloaded on every machine; the Chromium suite (playwright.config.ts)
 * covers every screen without it.
 */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  outputDir: 'test-results/electron',
  use: {
    trace: 'retain-on-failure',
  },
});
