import { defineConfig } from '@playwright/test'

/**
 * End-to-end journeys: the built renderer in Debian's Chromium, talking to the real
 * services through the loopback test bridge. No browser is downloaded.
 *
 * Every journey runs in three places a coach might be: time zones with different
 * offsets and daylight-saving rules, a month-first and two day-first locales (one with
 * a decimal comma). The bridge runs in the project's time zone too (see e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  },
  projects: [
    { name: 'london-en-GB', use: { timezoneId: 'Europe/London', locale: 'en-GB' } },
    { name: 'newyork-en-US', use: { timezoneId: 'America/New_York', locale: 'en-US' } },
    { name: 'kolkata-de-DE', use: { timezoneId: 'Asia/Kolkata', locale: 'de-DE' } }
  ]
})
