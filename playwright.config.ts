import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './test/harness/chromium';

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the production
 * build of the renderer, served with the real core over loopback. Each test gets its own
 * database in a temporary folder (see test/harness/fixtures.ts).
 */
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
});
