import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

/**
 * Browser tests run against the built app (`vite preview`) in Debian's Chromium.
 * Playwright never downloads a browser: set CHROMIUM_PATH, or install Debian's
 * `chromium` package (/usr/bin/chromium).
 */
const executablePath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

if (!executablePath) {
  throw new Error(
    'No Chromium found. Install Debian\'s "chromium" package or set CHROMIUM_PATH to a Chromium binary.',
  );
}

const launchOptions = {
  executablePath,
  // The scripts' flags (no calling home), and no GPU in the test runs.
  args: [...CHROMIUM_ARGS, '--disable-gpu'],
};

const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * The same dates must show in every zone: the suite runs in three of them. UTC runs every
 * test; the far zones run every test but those whose title carries `@zone-independent`
 * (accessibility scans, layouts, label placement, themes: nothing they check is a date).
 * A test that shows, computes, types, imports or addresses a date never carries the tag,
 * and a new test runs in all three zones until someone tags it.
 */
const ZONE_INDEPENDENT = /@zone-independent\b/;
const zones = [
  { name: 'utc', timezoneId: 'UTC', grepInvert: undefined },
  { name: 'honolulu-utc-10', timezoneId: 'Pacific/Honolulu', grepInvert: ZONE_INDEPENDENT },
  { name: 'kiritimati-utc+14', timezoneId: 'Pacific/Kiritimati', grepInvert: ZONE_INDEPENDENT },
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // Never retry, in CI too: a test that passes only on a second try is a failing test.
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    trace: 'off',
    launchOptions,
  },
  projects: zones.map((z) => ({
    name: z.name,
    grepInvert: z.grepInvert,
    use: {
      ...devices['Desktop Chrome'],
      viewport: { width: 1400, height: 900 },
      timezoneId: z.timezoneId,
      launchOptions,
    },
  })),
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
