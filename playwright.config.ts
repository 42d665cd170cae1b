import { defineConfig } from '@playwright/test';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4310);
export const E2E_KEY = 'osk_e2e_demo_partner_key_0001';
/** The second server's port: a workspace nobody has set up yet. */
export const E2E_EMPTY_PORT = E2E_PORT + 1;

const SERVE = 'NODE_ENV=production npx tsx --tsconfig server/tsconfig.json server/main.ts';

/** Every e2e server starts fresh: sandbox and workspace in memory, limits out of the journeys' way. */
function serverEnv(port: number) {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    SANDBOX_DB: ':memory:',
    WORKSPACE_DB: ':memory:',
    SANDBOX_API_KEY: E2E_KEY,
    SANDBOX_RATE_LIMIT: '0',
    SIGN_IN_RATE_LIMIT: '1000',
    SANDBOX_FULFILMENT_STEP_MS: '400',
    OPENMONEY_API_URL: '',
  };
}

/**
 * End-to-end journeys against the real dashboard server and embedded sandbox on a fresh in-memory
 * database, in Debian's Chromium (CHROMIUM_PATH overrides where it lives).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]]
    : [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  webServer: [
    {
      command: `npx vite build --logLevel warn && ${SERVE}`,
      url: `http://127.0.0.1:${E2E_PORT}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: serverEnv(E2E_PORT),
    },
    {
      // A second dashboard on an empty workspace (its own in-memory databases) for the journeys that set one up.
      // Started after the first, whose build it serves.
      command: SERVE,
      url: `http://127.0.0.1:${E2E_EMPTY_PORT}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: serverEnv(E2E_EMPTY_PORT),
    },
  ],
});
