import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { sessionSchema } from '../../contract';
import { okEnvelopeSchema } from '../../contract/envelope';
import { exportRunSchema } from '../../contract/export';
import { orderPageSchema } from '../../contract/orders';
import { createdInviteSchema } from '../../contract/workspace';
import { freshDatabase } from '../scripts/postgres-cluster';
import { testDatabaseUrl } from './postgres-url';
import { bareStaticDir, type ServerProcess, startServerProcess } from './server-process';

const SANDBOX_KEY = 'osk_two_instances_demo_key_0001';
const PASSWORD = 'correct horse battery staple';

/** A request as the instance's own page would send it: its own Origin (each instance answers only for its host:port). */
function call(instance: ServerProcess, path: string, init: { method?: string; body?: unknown; cookie?: string } = {}) {
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
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  const staticDir = bareStaticDir();

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), 'two_instances');
    const shared = {
      DATABASE_URL: database.url,
      DASHBOARD_SECRET: randomBytes(32).toString('base64url'),
      STATIC_DIR: staticDir,
      DATA_DIR: staticDir,
      SANDBOX_RATE_LIMIT: '0',
      SIGN_IN_RATE_LIMIT: '0',
    };
    // A runs the embedded sandbox; B has no sandbox of its own and uses A's API as its upstream.
    a = await startServerProcess({ ...shared, SANDBOX_DB: ':memory:', SANDBOX_API_KEY: SANDBOX_KEY, OPENMONEY_API_URL: '' });
    b = await startServerProcess({ ...shared, OPENMONEY_API_URL: `${a.origin}/api/v1` });
  }, 90_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
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
