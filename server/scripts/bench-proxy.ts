import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDashboardApp } from '../dashboard/app';
import { inProcessUpstream } from '../dashboard/upstream';
import type { StorageConfig } from '../workspace/db/connect';
import { createWorkspace } from '../workspace/workspace';
import { fmt, listen, percentile } from './bench-harness';

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

export interface ProxyCostOptions {
  /** Which database holds the workspace (people, sessions, the sealed key). */
  storage: StorageConfig;
  /** The sandbox the dashboard runs on (in process, as `npm start` does) and its loopback address. */
  sandbox: FetchApp;
  sandboxBase: string;
  apiKey: string;
  /** Partner API paths (under /api/v1) asked both ways, with their names. */
  paths: [name: string, path: string][];
  samples: number;
}

export interface ProxyCost {
  name: string;
  direct: { p50: number; p95: number };
  proxied: { p50: number; p95: number };
}

/**
 * One dashboard server on loopback whose workspace lives in `storage`, with a signed-in support member:
 * each sample asks the same path straight from the sandbox (the partner's key) and through the dashboard
 * (the member's cookie: session looked up in the database, role checked, key added, answer proxied),
 * alternating so both see the same machine. The difference is what the dashboard adds.
 */
export async function measureProxyCost(options: ProxyCostOptions): Promise<ProxyCost[]> {
  const workspace = createWorkspace({ storage: options.storage, secretKey: randomBytes(32), signInPerMinute: 0 });
  await workspace.ready;
  await workspace.setUp({ email: 'bench-owner@example.com', name: 'Bench owner', passwordHash: 'unused' }, options.apiKey);
  const member = await workspace.members.create({
    email: 'bench-support@example.com',
    name: 'Bench support',
    role: 'support',
    passwordHash: 'unused',
  });
  const token = await workspace.sessions.create(member.id, { userAgent: 'bench', address: '127.0.0.1' });
  const staticDir = mkdtempSync(join(tmpdir(), 'om-bench-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');

  let app: FetchApp | undefined;
  const server = await listen((request) => (app ? app.fetch(request) : new Response('starting', { status: 503 })));
  app = createDashboardApp({
    workspace,
    upstream: inProcessUpstream(options.sandbox),
    mode: 'sandbox',
    demoKey: options.apiKey,
    sandboxApp: options.sandbox,
    staticDir,
    listen: { host: '127.0.0.1', port: Number(new URL(server.base).port) },
    log: () => {},
  });
  const timed = async (url: string, headers: Record<string, string>) => {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - started;
  };
  const results: ProxyCost[] = [];
  try {
    for (const [name, path] of options.paths) {
      const direct: number[] = [];
      const proxied: number[] = [];
      const once = async () => {
        direct.push(await timed(`${options.sandboxBase}/api/v1${path}`, { Authorization: `Bearer ${options.apiKey}` }));
        proxied.push(await timed(`${server.base}/api/v1${path}`, { Cookie: `om_session=${token}` }));
      };
      for (let i = 0; i < 50; i += 1) await once(); // warm-up: JIT, connection pools, SQLite page cache
      direct.length = 0;
      proxied.length = 0;
      for (let i = 0; i < options.samples; i += 1) await once();
      const summary = (times: number[]) => {
        const sorted = times.sort((x, y) => x - y);
        return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
      };
      results.push({ name, direct: summary(direct), proxied: summary(proxied) });
    }
  } finally {
    server.close();
    await workspace.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
  return results;
}

export function printProxyCost(label: string, results: ProxyCost[], targetP95: number): boolean {
  console.log(`\nproxy added cost, workspace on ${label} (target: p95 added ≤ ${targetP95} ms)`);
  console.log('request                    direct p50 / p95        proxied p50 / p95       added p50 / p95');
  let met = true;
  for (const { name, direct, proxied } of results) {
    const added = { p50: proxied.p50 - direct.p50, p95: proxied.p95 - direct.p95 };
    met &&= added.p95 <= targetP95;
    const pair = (value: { p50: number; p95: number }) => `${fmt(value.p50)} / ${fmt(value.p95)}`.padEnd(24);
    console.log(`${name.padEnd(26)} ${pair(direct)}${pair(proxied)}${pair(added)}`);
  }
  return met;
}
