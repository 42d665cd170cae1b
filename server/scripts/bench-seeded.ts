import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import { createSandbox } from '../sandbox/app';
import { seedOrders } from '../sandbox/seed';

export const BENCH_ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);

/** A sandbox on a temporary database file, rate limit off, seeded with `count` orders for `apiKey`. */
export function seededSandbox(apiKey: string, count = BENCH_ORDERS) {
  const dir = mkdtempSync(join(tmpdir(), 'om-bench-'));
  const sandbox = createSandbox({ dbFile: join(dir, 'bench.db'), rateLimitPerSecond: 0, apiKey });
  const started = performance.now();
  seedOrders(sandbox.deps.db, {
    partnerId: sandbox.demoPartner.id,
    count,
    now: Date.now(),
    paymentAddress: sandbox.deps.paymentAddress,
    pricing: sandbox.deps.pricing,
  });
  const seedSeconds = (performance.now() - started) / 1000;
  return {
    sandbox,
    seedSeconds,
    dispose() {
      sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts bench-ui-server.ts in its own process (React in production mode) and waits for its address. */
export async function startBenchServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/scripts/bench-ui-server.ts'], {
    env: { ...process.env, NODE_ENV: 'production', TSX_TSCONFIG_PATH: 'server/tsconfig.json' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Never leave the server behind, even when the bench itself fails.
  process.once('exit', () => child.kill('SIGTERM'));
  const ready = await new Promise<{ base: string; memo: string; orders: number; pid: number; seedSeconds: number }>(
    (resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
      createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
    },
  );
  return { ...ready, stop: () => child.kill('SIGTERM') };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
