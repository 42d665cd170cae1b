import { describe, expect, it } from 'vitest';
import { remoteUpstream } from '../dashboard/upstream';
import { ORIGIN, startDashboard } from './dashboard-harness';
import { TEST_KEY } from './sandbox-harness';

describe('dashboard server: sessions', () => {
  it('signs in with a valid key: HttpOnly, SameSite=Strict cookie that does not contain the key', async () => {
    const { signIn } = startDashboard();
    const { res, cookie } = await signIn();
    expect(res.status).toBe(200);
    expect(cookie).toMatch(/^om_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(cookie).not.toContain(TEST_KEY);
    expect(await res.text()).not.toContain(TEST_KEY);
  });

  it('marks the cookie Secure over https', async () => {
    const { app } = startDashboard({ publicUrl: 'https://dash.example' });
    const res = await app.request('https://dash.example/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://dash.example' },
      body: JSON.stringify({ demo: true }),
    });
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('refuses a wrong password, a malformed email, a pasted key and an empty body with clear errors', async () => {
    const { signIn, addMember } = startDashboard();
    const member = await addMember('support');
    const wrong = await signIn({ email: member.email, password: 'not the password' });
    expect(wrong.res.status).toBe(401);
    expect(wrong.cookie).toBe('');
    const malformed = await signIn({ email: 'hello', password: 'x' });
    expect(malformed.res.status).toBe(400);
    expect(((await malformed.res.json()) as { error_message: string }).error_message).toContain('email');
    expect((await signIn({ api_key: TEST_KEY })).res.status).toBe(400);
    expect((await signIn({})).res.status).toBe(400);
  });

  it('signs a member in with email (any case) and password; the answer names them and their role', async () => {
    const { signIn, addMember } = startDashboard();
    const member = await addMember('viewer', 'Viewer.Person@Example.com');
    const { res } = await signIn({ email: ' VIEWER.person@example.com ', password: member.password });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      data: { authenticated: true, member: { role: 'viewer', email: 'viewer.person@example.com' } },
    });
  });

  it('signs in as the demo partner in sandbox mode without the browser ever sending the key', async () => {
    const { signIn, request } = startDashboard();
    const { sessionCookie } = await signIn({ demo: true });
    const balance = await request('/api/v1/balance', { headers: { Cookie: sessionCookie } });
    expect(balance.status).toBe(200);
  });

  it('signs out: the session stops working', async () => {
    const { signIn, request } = startDashboard();
    const { sessionCookie } = await signIn();
    const out = await request('/session', { method: 'DELETE', headers: { Cookie: sessionCookie, Origin: ORIGIN } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/om_session=;.*Max-Age=0/);
    const after = await request('/api/v1/balance', { headers: { Cookie: sessionCookie } });
    expect(after.status).toBe(401);
    const session = await request('/session', { headers: { Cookie: sessionCookie } });
    expect(await session.json()).toMatchObject({ data: { authenticated: false, mode: 'sandbox' } });
  });

  it('rate-limits sign-in attempts with Retry-After', async () => {
    const started = startDashboard({ signInPerMinute: 3 });
    const { signIn } = started;
    const statuses = [];
    const { addMember } = started;
    const member = await addMember('operator');
    for (let i = 0; i < 5; i += 1) statuses.push((await signIn({ email: member.email, password: `wrong ${i}` })).res);
    expect(statuses.map((r) => r.status)).toEqual([401, 401, 401, 429, 429]);
    expect(Number(statuses[4]?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('dashboard server: proxy', () => {
  it('adds the session key upstream and never forwards the cookie', async () => {
    const { signIn, request } = startDashboard();
    const { sessionCookie } = await signIn();
    const res = await request('/api/v1/orders?limit=5', { headers: { Cookie: sessionCookie } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { limit: 5 } });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it("forwards a caller's own Bearer key as it is (curl against localhost)", async () => {
    const { request } = startDashboard();
    const ok = await request('/api/v1/balance', { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    expect(ok.status).toBe(200);
    const wrong = await request('/api/v1/balance', { headers: { Authorization: 'Bearer osk_wrong_wrong_wrong' } });
    expect(wrong.status).toBe(401);
  });

  it('forwards creates with their Idempotency-Key and the replay header back', async () => {
    const { request } = startDashboard();
    const create = () =>
      request('/api/v1/orders/stars', {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'proxy-k' },
        body: JSON.stringify({ recipient_username: 'pandus', quantity: 100 }),
      });
    const first = await create();
    const second = await create();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
  });

  it('answers 401 without a session, but lets /health through', async () => {
    const { request } = startDashboard();
    expect((await request('/api/v1/orders')).status).toBe(401);
    expect((await request('/api/v1/health')).status).toBe(200);
  });

  it('passes a large answer on as a stream (its first piece before the upstream has finished) and a small one whole', async () => {
    let finish = () => {};
    const large = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('first piece;'));
        finish = () => {
          controller.enqueue(new TextEncoder().encode('last piece'));
          controller.close();
        };
      },
    });
    const { request } = startDashboard({
      upstream: (sandbox) => async (path, init) =>
        path.startsWith('/orders/large')
          ? new Response(large, { headers: { 'content-type': 'text/plain', 'content-length': String(2 * 1024 * 1024) } })
          : sandbox(path, init),
    });
    const res = await request('/api/v1/orders/large', { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    const reader = res.body?.getReader();
    if (!reader) throw new Error('the answer has no body');
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first piece;');
    finish();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('last piece');
    const small = await request('/api/v1/balance', { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    expect(await small.json()).toMatchObject({ ok: true, data: { topup_address: expect.any(String) } });
  });

  it('answers SERVICE_UNAVAILABLE when the upstream cannot be reached', async () => {
    const { request } = startDashboard({ upstream: 'down' });
    const res = await request('/api/v1/balance', { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, error_code: 'SERVICE_UNAVAILABLE' });
  });
});

describe('dashboard server: CSRF, headers, logs', () => {
  it('refuses cookie-authenticated unsafe requests from a foreign origin (403)', async () => {
    const { signIn, request, sandbox } = startDashboard();
    const { sessionCookie } = await signIn();
    const before = sandbox.deps.db.prepare('SELECT count(*) AS n FROM orders').get();
    const foreign: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }];
    for (const headers of foreign) {
      const res = await request('/api/v1/orders/stars', {
        method: 'POST',
        headers: { Cookie: sessionCookie, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ recipient_username: 'pandus', quantity: 100 }),
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ ok: false, error_code: 'FORBIDDEN' });
    }
    expect(sandbox.deps.db.prepare('SELECT count(*) AS n FROM orders').get()).toEqual(before);
    const sameSite = await request('/api/v1/orders/stars', {
      method: 'POST',
      headers: { Cookie: sessionCookie, 'Content-Type': 'application/json', Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ recipient_username: 'pandus', quantity: 100 }),
    });
    expect(sameSite.status).toBe(200);
  });

  it('sends security headers on pages and serves the SPA for any page path', async () => {
    const { request } = startDashboard();
    const res = await request('/orders/42?x=1', { headers: { Accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('id="root"');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    // Kept on purpose although it costs a renderer switch per page load (see README, bench:ui).
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect((await request('/assets/missing.js')).status).toBe(404);
    expect((await request('/../package.json')).status).not.toBe(200);
    // The site's root and any directory-like path are pages too (they used to fail reading a directory).
    for (const path of ['/', '/assets/', '/orders/']) {
      const page = await request(path);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toContain('id="root"');
    }
  });

  it('never writes the key to its logs', async () => {
    const { signIn, request, logs } = startDashboard();
    const { sessionCookie } = await signIn();
    await request('/api/v1/balance', { headers: { Cookie: sessionCookie } });
    await request('/api/v1/balance', { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    await signIn({ api_key: 'osk_wrong_key_logged_maybe' });
    expect(logs.length).toBeGreaterThanOrEqual(4);
    expect(logs.join('\n')).toContain('POST /session 200');
    expect(logs.join('\n')).not.toContain('osk_');
  });
});

describe('dashboard server: remote upstream', () => {
  it("keeps its own 20 s limit and honours the caller's signal too", async () => {
    const seen: AbortSignal[] = [];
    const upstream = remoteUpstream('https://api.example/api/v1/', async (url, init) => {
      expect(String(url)).toBe('https://api.example/api/v1/orders');
      if (init?.signal) seen.push(init.signal);
      return new Response('{}');
    });
    await upstream('/orders', {});
    const caller = new AbortController();
    await upstream('/orders', { signal: caller.signal });
    expect(seen).toHaveLength(2);
    expect(seen.every((signal) => !signal.aborted)).toBe(true);
    caller.abort();
    expect(seen[1]?.aborted).toBe(true);
    expect(seen[0]?.aborted).toBe(false);
  });
});
