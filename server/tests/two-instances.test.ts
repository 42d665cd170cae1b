import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { sessionSchema } from '../../contract';
import { okEnvelopeSchema } from '../../contract/envelope';
import { exportRunSchema } from '../../contract/export';
import { orderPageSchema } from '../../contract/orders';
import { createdInviteSchema } from '../../contract/workspace';
import { freshDatabase } from '../scripts/postgres-cluster';

const DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
const SANDBOX_KEY = 'osk_two_instances_demo_key_0001';
const PASSWORD = 'correct horse battery staple';

/** A free loopback port (the kernel picks it; the server binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Instance {
  origin: string;
  child: ChildProcess;
  output: string[];
}

/** `server/main.ts` as its own process group (npx → tsx → node), so stopping it leaves nothing behind. */
function startInstance(port: number, env: Record<string, string>): Instance {
  const child = spawn('npx', ['tsx', '--tsconfig', 'server/tsconfig.json', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SANDBOX_RATE_LIMIT: '0', SIGN_IN_RATE_LIMIT: '0', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { origin: `http://127.0.0.1:${port}`, child, output };
}

/** SIGTERM to the whole group (the server closes its pool), SIGKILL whatever is left after 5 s. */
async function stopInstance(instance: Instance | undefined): Promise<void> {
  const pid = instance?.child.pid;
  if (!instance || pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is gone already
    }
  };
  const exited =
    instance.child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => instance.child.once('exit', resolve));
  signalGroup('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
  clearTimeout(timer);
  signalGroup('SIGKILL');
}

/** Polls /api/v1/health (bounded: 60 s) until it answers 200, or fails at once if the process exits. */
async function ready(instance: Instance): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    instance.child.once('exit', (code) => reject(new Error(`${instance.origin} exited (${code}):\n${instance.output.join('')}`))),
  );
  const healthy = vi.waitFor(
    async () => {
      const res = await fetch(`${instance.origin}/api/v1/health`);
      if (res.status !== 200) throw new Error(`${instance.origin} health answered ${res.status}`);
    },
    { timeout: 60_000, interval: 100 },
  );
  await Promise.race([healthy, exited]);
}

/** A request as the instance's own page would send it: its own Origin (each instance answers only for its host:port). */
function call(instance: Instance, path: string, init: { method?: string; body?: unknown; cookie?: string } = {}) {
  const headers: Record<string, string> = { Origin: instance.origin, Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.cookie) headers.Cookie = init.cookie;
  return fetch(`${instance.origin}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function data<S extends z.ZodMiniType>(res: Response, schema: S): Promise<z.output<S>> {
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${res.url} answered ${res.status}: ${text}`);
  return schema.parse(okEnvelopeSchema.parse(JSON.parse(text)).data);
}

const sessionCookie = (res: Response) => /^om_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';

describe('two dashboard instances on one PostgreSQL', () => {
  if (!DATABASE_URL) {
    if (process.env.CI) {
      it('runs on PostgreSQL', () => {
        throw new Error('TEST_DATABASE_URL is not set: CI must run this test (scripts/test-all.sh starts a cluster)');
      });
    } else it.skip('needs TEST_DATABASE_URL (scripts/postgres.sh starts a cluster)', () => {});
    return;
  }
  let a: Instance | undefined;
  let b: Instance | undefined;
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  const staticDir = mkdtempSync(join(tmpdir(), 'om-two-instances-'));

  beforeAll(async () => {
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
    database = await freshDatabase(DATABASE_URL, 'two_instances');
    const [portA, portB] = await Promise.all([freePort(), freePort()]);
    const shared = {
      DATABASE_URL: database.url,
      DASHBOARD_SECRET: randomBytes(32).toString('base64url'),
      STATIC_DIR: staticDir,
      DATA_DIR: staticDir,
    };
    // A runs the embedded sandbox; B has no sandbox of its own and uses A's API as its upstream.
    a = startInstance(portA, { ...shared, SANDBOX_DB: ':memory:', SANDBOX_API_KEY: SANDBOX_KEY, OPENMONEY_API_URL: '' });
    b = startInstance(portB, { ...shared, OPENMONEY_API_URL: `http://127.0.0.1:${portA}/api/v1` });
    await Promise.all([ready(a), ready(b)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await database?.drop();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('a session from A works on B; a member removed on B is refused on A', async () => {
    if (!a || !b) throw new Error('instances did not start');
    const setUp = await call(a, '/workspace/setup', {
      method: 'POST',
      body: { name: 'Olga Owner', email: 'owner@example.com', password: PASSWORD, api_key: SANDBOX_KEY },
    });
    const owner = sessionCookie(setUp);
    expect((await data(setUp, sessionSchema)).member?.role).toBe('owner');

    const invite = await data(
      await call(a, '/workspace/invites', { method: 'POST', cookie: owner, body: { role: 'support' } }),
      createdInviteSchema,
    );
    const join = await call(b, '/workspace/join', {
      method: 'POST',
      body: { token: invite.token, name: 'Sam Support', email: 'sam@example.com', password: PASSWORD },
    });
    const joined = await data(join, sessionSchema);
    expect(joined.member).toMatchObject({ role: 'support', email: 'sam@example.com' });
    const memberId = joined.member?.id ?? '';

    const signIn = await call(a, '/session', { method: 'POST', body: { email: 'sam@example.com', password: PASSWORD } });
    const sam = sessionCookie(signIn);
    expect((await data(signIn, sessionSchema)).authenticated).toBe(true);

    // A's cookie on B: B finds the session in the shared database and acts with the shared sealed key.
    const orders = await data(await call(b, '/api/v1/orders?limit=5', { cookie: sam }), orderPageSchema);
    expect(orders.items).toEqual(expect.any(Array));
    expect((await data(await call(b, '/session', { cookie: sam }), sessionSchema)).member).toMatchObject({
      id: memberId,
      name: 'Sam Support',
    });
    expect((await call(b, '/api/v1/orders/stars', { method: 'POST', cookie: sam, body: {} })).status).toBe(403);
    expect((await call(a, '/api/v1/orders?limit=5', { cookie: sam })).status).toBe(200);

    // The owner (signed in on A) removes Sam on B; Sam's cookie stops working on A at once.
    expect((await call(b, `/workspace/members/${memberId}`, { method: 'DELETE', cookie: owner })).status).toBe(200);
    expect((await call(a, '/api/v1/orders?limit=5', { cookie: sam })).status).toBe(401);
    expect((await data(await call(a, '/session', { cookie: sam }), sessionSchema)).authenticated).toBe(false);
    const audit = await data(
      await call(a, '/workspace/audit?action=member.removed', { cookie: owner }),
      z.looseObject({ total: z.number(), items: z.array(z.looseObject({ member_name: z.nullable(z.string()) })) }),
    );
    expect([audit.total, audit.items[0]?.member_name]).toEqual([1, 'Olga Owner']);
  }, 60_000);

  it('an export registered on B streams its file from A, and A’s progress and outcome read the same on B', async () => {
    const [first, second] = [a, b];
    if (!first || !second) throw new Error('instances did not start');
    const signIn = await call(first, '/session', { method: 'POST', body: { email: 'owner@example.com', password: PASSWORD } });
    const owner = sessionCookie(signIn);
    expect((await data(signIn, sessionSchema)).member?.role).toBe('owner');
    for (let i = 0; i < 130; i += 1) {
      const body = { recipient_username: `two_exports_${i % 7}xx`, quantity: 50, payment_method: 'ton_memo' };
      expect((await call(first, '/api/v1/orders/stars', { method: 'POST', cookie: owner, body })).status).toBe(200);
    }
    const request = { source: 'orders', filters: {}, columns: ['id', 'recipient_username'], file_name: 'orders-two.csv' };
    const registered = await data(
      await call(second, '/workspace/exports', { method: 'POST', cookie: owner, body: request }),
      exportRunSchema,
    );
    const file = await call(first, registered.url, { cookie: owner });
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="orders-two.csv"');
    const lines = (await file.text()).split('\r\n').filter(Boolean);
    expect(lines.length - 1).toBe(130);
    const settled = await vi.waitFor(
      async () => {
        const run = await data(await call(second, `/workspace/exports/${registered.id}`, { cookie: owner }), exportRunSchema);
        if (run.state === 'running') throw new Error('still running');
        return run;
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(settled).toMatchObject({ state: 'done', rows: 130, total: 130 });
    // Served once, whichever instance is asked again.
    expect((await call(second, registered.url, { cookie: owner })).status).toBe(404);
  }, 60_000);
});
