import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions as launchOptions } from './scripts/chromium-options';

// PODIUM_E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.PODIUM_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /.*\.phone\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions },
    },
    {
      name: 'phone',
      testMatch: /.*\.phone\.spec\.ts/,
      use: { ...devices['Pixel 7'], channel: undefined, launchOptions },
    },
  ],
  webServer: {
    // Build (client, server entry, prerendered pages) without the type checker, which `npm run
    // typecheck` runs, then serve dist/ as a plain static host would: no rewrites, 404.html for 404s.
    // The archive's pages are built from the made-up briefings of tests/fixtures/archive.
    command: `PODIUM_ARCHIVE=tests/fixtures/archive npm run build && npm run preview -- --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
