import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const SERVER_PORT = Number(process.env.E2E_SERVER_PORT ?? PORT + 1000);
const SERVER_DATA = `${process.env.E2E_OUTPUT ?? 'test-results'}-server-data`;

/**
 * Browser tests run in the machine's Debian Chromium (no browser is downloaded), against
 * - `demo`: the demo build (dist/, MSW in the page), served by `vite preview`;
 * - `server`: the real server (`npm run build:server`'s dist-server/) on a fresh embedded
 *   database, for what only a server can show (tests/e2e/server.spec.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Separate output folders let two runs share a checkout (E2E_OUTPUT).
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'demo',
      testIgnore: /server\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'server',
      testMatch: /server\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${SERVER_PORT}`,
        viewport: { width: 1440, height: 900 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/login`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A fresh database for every run; the sign-in throttle allows a whole run's sign-ins.
      command: `rm -rf ${SERVER_DATA} && node_modules/.bin/node dist-server/server/main.js`,
      url: `http://localhost:${SERVER_PORT}/readyz`,
      env: {
        PORT: String(SERVER_PORT),
        DATA_DIR: SERVER_DATA,
        LOG_LEVEL: 'warn',
        LOGIN_RATE_PER_MINUTE: '100',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
