import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../contract';
import { createDashboardApp } from '../dashboard/app';
import { inProcessUpstream, remoteUpstream, type Upstream } from '../dashboard/upstream';
import { createSandbox } from '../sandbox/app';
import { createBulkWorker } from '../workspace/bulk/worker';
import { hashPassword } from '../workspace/crypto/passwords';
import { createWorkspace, type Workspace } from '../workspace/workspace';
import { TEST_KEY } from './sandbox-harness';

export const ORIGIN = 'http://127.0.0.1:3000';
export const PASSWORD = 'correct horse battery';

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
    workspace?: Workspace;
    /** The bulk worker's rate and its wait for a turn (tests move a manual clock instead of sleeping). */
    bulk?: { ratePerSecond?: number; sleep?: (ms: number) => Promise<void>; leaseMs?: number };
  } = {},
) {
  const sandbox = createSandbox({ apiKey: TEST_KEY, rateLimitPerSecond: 0 });
  const logs: string[] = [];
  const staticDir = overrides.staticDir ?? mkdtempSync(join(tmpdir(), 'om-dist-'));
  if (!overrides.staticDir) {
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  }
  const workspace =
    overrides.workspace ??
    createWorkspace({
      storage: { kind: 'sqlite', file: ':memory:' },
      secretKey: randomBytes(32),
      signInPerMinute: overrides.signInPerMinute ?? 0,
      now: overrides.sessions?.now,
      sessions: overrides.sessions,
    });
  const upstream =
    overrides.upstream === 'down'
      ? remoteUpstream('http://127.0.0.1:9/api/v1', () => Promise.reject(new TypeError('connect ECONNREFUSED')))
      : (overrides.upstream ?? ((own) => own))(inProcessUpstream(sandbox.app));
  // Not started: a test drives it with `drain()`.
  const bulkWorker = createBulkWorker({
    workspace,
    upstream,
    ratePerSecond: overrides.bulk?.ratePerSecond ?? 1000,
    sleep: overrides.bulk?.sleep,
    leaseMs: overrides.bulk?.leaseMs,
  });
  const app = createDashboardApp({
    workspace,
    bulkWorker,
    upstream,
    mode: 'sandbox',
    demoKey: TEST_KEY,
    sandboxApp: sandbox.app,
    staticDir,
    firstRenderTimeoutMs: overrides.firstRenderTimeoutMs,
    listen: { host: '127.0.0.1', port: 3000 },
    publicUrl: overrides.publicUrl,
    trustProxy: overrides.trustProxy,
    log: (line) => logs.push(line),
  });
  const request = (path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init);
  async function signIn(body: unknown = { demo: true }) {
    const res = await request('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify(body),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    return { res, cookie, sessionCookie: cookie.split(';')[0] ?? '' };
  }
  /** A member with a password (the workspace is set up by the demo owner first, if needed). */
  async function addMember(role: Role, email = `${role}-${randomBytes(4).toString('hex')}@example.com`, password = PASSWORD) {
    await workspace.ready;
    if (await workspace.setupRequired()) await signIn();
    const member = await workspace.members.create({
      email,
      name: `${role} person`,
      role,
      passwordHash: await hashPassword(password),
    });
    return { ...member, password };
  }
  /** Signs in as a member with email and password; the session cookie to send back. */
  async function signInAs(member: { email: string; password: string }, extra: Record<string, unknown> = {}) {
    return signIn({ email: member.email, password: member.password, ...extra });
  }
  return { app, request, signIn, signInAs, addMember, logs, sandbox, workspace, bulkWorker };
}
