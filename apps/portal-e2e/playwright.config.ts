import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// Debian's chromium on servers and CI (or CHROMIUM_PATH); Playwright's own download on a laptop
// (`npx playwright install chromium`) when neither exists.
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4311);
const root = resolve(__dirname, '../..');

export default defineConfig({
  testDir: './src',
  outputDir: resolve(root, 'tmp/test-results/playwright'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
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
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The same launcher as `npm start`, on a throw-away embedded database with the demo region.
    command: `node tools/start.mjs --ephemeral --quiet --port ${port}`,
    cwd: root,
    url: `http://localhost:${port}/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: { SCHAKEL_DEMO_DATA: 'true', NODE_ENV: 'test' },
  },
});
