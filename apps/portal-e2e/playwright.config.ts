import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// Debian's chromium on servers and CI (or CHROMIUM_PATH); Playwright's own download on a laptop
// (`npx playwright install chromium`) when neither exists.
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4311);
const root = resolve(__dirname, '../..');

// Two servers, each with its own throw-away database and mail sink (its port + 1), and one worker
// per server: the specs run in two lanes side by side, and no spec ever shares a server with a spec
// running at the same time — a spec keeps the whole demo region of its lane to itself, as before.
// The second lane takes the specs listed here (about half of the time, by the durations of a CI
// run); every other spec, also a new one, runs in the first lane.
const secondLane = [
  'cases.spec.ts',
  'onboarding.spec.ts',
  'login.spec.ts',
  'case-team.spec.ts',
  'privacy-office.spec.ts',
  'rectification.spec.ts',
  'life-domains.spec.ts',
  'data-subject-requests.spec.ts',
  'account.spec.ts',
  'mfa.spec.ts',
  'password-reset.spec.ts',
];
const lanes = [
  { name: 'chromium', port, files: { testIgnore: secondLane } },
  { name: 'chromium-2', port: port + 10, files: { testMatch: secondLane } },
];

/** The same launcher as `npm start`, on a throw-away embedded database with the demo region. */
const server = (lanePort: number) => ({
  command: `node tools/start.mjs --ephemeral --quiet --port ${lanePort}`,
  cwd: root,
  url: `http://localhost:${lanePort}/health/ready`,
  reuseExistingServer: false,
  timeout: 180_000,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
  env: { SCHAKEL_DEMO_DATA: 'true', NODE_ENV: 'test' },
});

export default defineConfig({
  testDir: './src',
  outputDir: resolve(root, 'tmp/test-results/playwright'),
  fullyParallel: false,
  workers: lanes.length,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
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
  projects: lanes.map((lane) => ({
    name: lane.name,
    ...lane.files,
    workers: 1,
    use: { browserName: 'chromium' as const, baseURL: `http://localhost:${lane.port}` },
  })),
  webServer: lanes.map((lane) => server(lane.port)),
});
