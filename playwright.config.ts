import { defineConfig } from '@playwright/test';

/**
 * e2e in Debian's Chromium (Playwright cannot download its own browser here) against the
 * built renderer, served with the real services by the bridge in test/e2e/bridge.
 */
// Main and the page share one machine and so one time zone; the bridge (in the worker)
// must format dates as the page sees them.
process.env.TZ = 'Asia/Jakarta';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
