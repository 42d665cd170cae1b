import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDashboardApp } from '../dashboard/app';
import { inProcessUpstream, remoteUpstream, type Upstream } from '../dashboard/upstream';
import { createSandbox } from '../sandbox/app';
import { TEST_KEY } from './sandbox-harness';

export const ORIGIN = 'http://127.0.0.1:3000';

/** A dashboard server on a fresh in-memory sandbox, driven in process (`app.request`). */
export function startDashboard(
  overrides: {
    signInPerMinute?: number;
    upstream?: 'down' | ((sandboxUpstream: Upstream) => Upstream);
    staticDir?: string;
    firstRenderTimeoutMs?: number;
    publicUrl?: string;
    trustProxy?: string[];
    sessions?: { idleMs?: number; absoluteMs?: number; now?: () => number };
  } = {},
) {
  const sandbox = createSandbox({ apiKey: TEST_KEY, rateLimitPerSecond: 0 });
  const logs: string[] = [];
  const staticDir = overrides.staticDir ?? mkdtempSync(join(tmpdir(), 'om-dist-'));
  if (!overrides.staticDir) {
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  }
  const app = createDashboardApp({
    upstream:
      overrides.upstream === 'down'
        ? remoteUpstream('http://127.0.0.1:9/api/v1', () => Promise.reject(new TypeError('connect ECONNREFUSED')))
        : (overrides.upstream ?? ((own) => own))(inProcessUpstream(sandbox.app)),
    mode: 'sandbox',
    demoKey: TEST_KEY,
    sandboxApp: sandbox.app,
    staticDir,
    signInPerMinute: overrides.signInPerMinute,
    firstRenderTimeoutMs: overrides.firstRenderTimeoutMs,
    listen: { host: '127.0.0.1', port: 3000 },
    publicUrl: overrides.publicUrl,
    trustProxy: overrides.trustProxy,
    sessions: overrides.sessions,
    log: (line) => logs.push(line),
  });
  const request = (path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init);
  async function signIn(body: unknown = { api_key: TEST_KEY }) {
    const res = await request('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify(body),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    return { res, cookie, sessionCookie: cookie.split(';')[0] ?? '' };
  }
  return { app, request, signIn, logs, sandbox };
}
