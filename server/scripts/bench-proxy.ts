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

type Percentiles = { p50: number; p95: number };
export interface ProxyCost {
  name: string;
  /** Straight to the sandbox with the partner key. */
  direct: Percentiles;
  /** Through the dashboard with the partner key (`Authorization: Bearer`): the proxy without the workspace. */
  ownKey: Percentiles;
  /** Through the dashboard as a signed-in member: session and role from the database, key added. */
  proxied: Percentiles;
}

/**
 * One dashboard server on loopback whose workspace lives in `storage`, with a signed-in support member:
 * each sample asks the same path straight from the sandbox (the partner's key), through the dashboard with
 * the partner's key (no workspace involved) and through the dashboard as the member (session looked up in
 * the database, role checked, key added), in turn so all three see the same machine. Member minus direct
 * is what the dashboard adds; member minus own key is the workspace's part of it.
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
      const runs = { direct: [] as number[], ownKey: [] as number[], proxied: [] as number[] };
      const ways: [number[], string, Record<string, string>][] = [
        [runs.direct, options.sandboxBase, { Authorization: `Bearer ${options.apiKey}` }],
        [runs.ownKey, server.base, { Authorization: `Bearer ${options.apiKey}` }],
        [runs.proxied, server.base, { Cookie: `om_session=${token}` }],
      ];
      let turn = 0;
      // Each sample asks all three ways, starting with a different one each time, so none is always first.
      const once = async () => {
        turn += 1;
        for (const [times, base, headers] of [...ways.slice(turn % ways.length), ...ways.slice(0, turn % ways.length)]) {
          times.push(await timed(`${base}/api/v1${path}`, headers));
        }
      };
      // Warm-up: until the JIT has settled on the hot paths, pools are open and the page cache is filled.
      for (let i = 0; i < 300; i += 1) await once();
      for (const times of Object.values(runs)) times.length = 0;
      for (let i = 0; i < options.samples; i += 1) await once();
      const summary = (times: number[]) => {
        const sorted = times.sort((x, y) => x - y);
        return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
      };
      results.push({ name, direct: summary(runs.direct), ownKey: summary(runs.ownKey), proxied: summary(runs.proxied) });
    }
  } finally {
    server.close();
    await workspace.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
  return results;
}

export function printProxyCost(label: string, results: ProxyCost[], targetP95: number): boolean {
  const minus = (a: Percentiles, b: Percentiles) => ({ p50: a.p50 - b.p50, p95: a.p95 - b.p95 });
  const pair = (value: Percentiles) => `${fmt(value.p50)} / ${fmt(value.p95)}`.padEnd(22);
  console.log(`\nproxy added cost, workspace on ${label} (target: p95 added ≤ ${targetP95} ms), p50 / p95`);
  console.log(
    `${'request'.padEnd(18)}${['direct', 'as a member', 'added', 'of which session + role'].map((h) => h.padEnd(22)).join('')}`,
  );
  let met = true;
  for (const { name, direct, ownKey, proxied } of results) {
    const added = minus(proxied, direct);
    met &&= added.p95 <= targetP95;
    console.log(`${name.padEnd(18)}${pair(direct)}${pair(proxied)}${pair(added)}${pair(minus(proxied, ownKey))}`);
  }
  return met;
}
