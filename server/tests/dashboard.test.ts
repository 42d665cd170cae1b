import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDashboardApp } from '../dashboard/app';
import { splitTemplate } from '../dashboard/page-template';
import { inProcessUpstream, remoteUpstream, type Upstream } from '../dashboard/upstream';
import { createSandbox } from '../sandbox/app';
import { TEST_KEY } from './sandbox-harness';

const ORIGIN = 'http://127.0.0.1:3000';

function startDashboard(
  overrides: {
    signInPerMinute?: number;
    upstream?: 'down' | ((sandboxUpstream: Upstream) => Upstream);
    staticDir?: string;
    firstRenderTimeoutMs?: number;
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
    const { app } = startDashboard();
    const res = await app.request('https://dash.example/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://dash.example' },
      body: JSON.stringify({ api_key: TEST_KEY }),
    });
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('refuses an unknown key, a malformed key and an empty body with clear errors', async () => {
    const { signIn } = startDashboard();
    const unknown = await signIn({ api_key: 'osk_not_a_real_key_123' });
    expect(unknown.res.status).toBe(401);
    expect(unknown.cookie).toBe('');
    const malformed = await signIn({ api_key: 'hello' });
    expect(malformed.res.status).toBe(400);
    expect(((await malformed.res.json()) as { error_message: string }).error_message).toContain('osk_');
    expect((await signIn({})).res.status).toBe(400);
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
    const { signIn } = startDashboard({ signInPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await signIn({ api_key: 'osk_wrong_key_000000' })).res);
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
    expect((await request('/assets/missing.js')).status).toBe(404);
    expect((await request('/../package.json')).status).not.toBe(200);
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

describe('dashboard server: first render of the orders page', () => {
  it('renders the first rows into the HTML with a JSON preload for a signed-in partner', async () => {
    const { signIn, request } = startDashboard();
    await request('/api/v1/orders/stars', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ recipient_username: 'ssr_user', quantity: 100, client_reference: '</script><b>x' }),
    });
    const { sessionCookie } = await signIn();
    const res = await request('/orders?type=stars', { headers: { Cookie: sessionCookie } });
    const html = await res.text();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('data-testid="order-row"');
    expect(html).toContain('ssr_user');
    expect(html).toContain('<script type="application/json" id="om-preload">');
    expect(html).not.toContain('</script><b>');
    expect(html).not.toContain(TEST_KEY);
  });

  it('sends the head at once and the rows when the orders arrive; a failed fetch finishes as the plain shell', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let fail = false;
    const { signIn, request } = startDashboard({
      upstream: (own) => async (path, init) => {
        if (path.startsWith('/orders?')) {
          await held;
          if (fail) throw new TypeError('upstream went away');
        }
        return own(path, init);
      },
    });
    const { sessionCookie } = await signIn();
    const res = await request('/orders', { headers: { Cookie: sessionCookie } });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const head = decoder.decode((await reader.read()).value);
    expect(head).toContain('<div id="root">');
    expect(head).not.toContain('om-preload'); // nothing rendered yet: the orders are still being fetched
    release();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(rest).toContain('om-preload');
    expect(rest.trimEnd().endsWith('</html>')).toBe(true);

    fail = true;
    const shell = await (await request('/orders', { headers: { Cookie: sessionCookie } })).text();
    expect(shell).toContain('<div id="root"></div>');
    expect(shell).not.toContain('om-preload');
  });

  it('an upstream slower than the time limit gets the plain shell, so the browser can show its own loading state', async () => {
    const { signIn, request, logs } = startDashboard({
      firstRenderTimeoutMs: 50,
      upstream: (own) => (path, init) =>
        path.startsWith('/orders?')
          ? new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
          : own(path, init),
    });
    const { sessionCookie } = await signIn();
    const started = performance.now();
    const html = await (await request('/orders', { headers: { Cookie: sessionCookie } })).text();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('om-preload');
    expect(logs.join('\n')).toContain('first render failed, serving the SPA shell');
  });

  it('a browser that leaves before the rows are ready cancels the upstream request', async () => {
    let upstreamSignal: AbortSignal | undefined;
    const { signIn, request, logs } = startDashboard({
      upstream: (own) => (path, init) => {
        if (!path.startsWith('/orders?')) return own(path, init);
        upstreamSignal = init.signal ?? undefined;
        return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
      },
    });
    const { sessionCookie } = await signIn();
    const res = await request('/orders', { headers: { Cookie: sessionCookie } });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read(); // the head
    await new Promise((resolve) => setImmediate(resolve));
    expect(upstreamSignal?.aborted).toBe(false);
    await reader.cancel();
    expect(upstreamSignal?.aborted).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logs.join('\n')).not.toContain('first render failed');
  });

  it('renders a search by memo, by id and by shared reference into the HTML, and says when nothing matches', async () => {
    const { signIn, request } = startDashboard();
    const create = async (recipient: string, reference: string) => {
      const res = await request('/api/v1/orders/stars', {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ recipient_username: recipient, quantity: 100, client_reference: reference }),
      });
      return ((await res.json()) as { data: { id: number; payment_memo: string } }).data;
    };
    const first = await create('found_by_memo', 'inv-shared');
    const second = await create('found_by_ref', 'inv-shared');
    const { sessionCookie } = await signIn();
    const page = async (q: string) =>
      (await request(`/orders?q=${encodeURIComponent(q)}`, { headers: { Cookie: sessionCookie } })).text();
    const rows = (html: string) => html.split('data-testid="order-row"').length - 1;

    const byMemo = await page(first.payment_memo);
    expect(rows(byMemo)).toBe(1);
    expect(byMemo).toContain(`1 order matches payment memo ${first.payment_memo}`);
    expect(byMemo).toContain('"found":{"q":');
    const byId = await page(String(second.id));
    expect(rows(byId)).toBe(1);
    expect(byId).toContain('found_by_ref');
    const byReference = await page('inv-shared');
    expect(rows(byReference)).toBe(2);
    const nothing = await page('STARS-nosuchmemo');
    expect(rows(nothing)).toBe(0);
    expect(nothing).toContain('No order matches payment memo STARS-nosuchmemo');
  });

  it('replaces the head scripts with a loader at the end of the body, admitted by its CSP hash', () => {
    const built = [
      '<!doctype html><html><head><title>t</title>',
      '<script type="module" crossorigin src="/assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/dep-b.js">',
      '<link rel="stylesheet" crossorigin href="/assets/index-c.css">',
      '</head><body class="x"><div id="root"></div></body></html>',
    ].join('\n');
    const split = splitTemplate(built);
    if (!split) throw new Error('no template');
    expect(split.head).toContain('index-c.css');
    expect(split.head).not.toContain('<script');
    expect(split.head).not.toContain('modulepreload');
    expect(split.head.endsWith('<div id="root">')).toBe(true);
    // No script tag with a src anywhere: the browser's preload scanner has nothing to fetch before the rows.
    expect(split.tail).not.toMatch(/<script[^>]*src=/);
    expect(split.tail).not.toMatch(/<link[^>]*modulepreload/);
    const loader = /<script type="module">([^<]*)<\/script><\/body><\/html>$/.exec(split.tail)?.[1] ?? '';
    expect(loader).toContain('import("/assets/index-a.js")');
    expect(loader).toContain('["/assets/index-a.js","/assets/dep-b.js"]');
    expect(split.scriptHash).toBe(`'sha256-${createHash('sha256').update(loader).digest('base64')}'`);
    expect(splitTemplate('<html><body>no root</body></html>')).toBeNull();
    expect(splitTemplate('<html><body><div id="root"></div></body></html>')?.scriptHash).toBeNull();
  });

  it('sends the server-rendered page with a CSP that admits its loader and no other inline script', async () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'om-dist-'));
    writeFileSync(
      join(staticDir, 'index.html'),
      '<html><head><script type="module" crossorigin src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
    );
    const { signIn, request } = startDashboard({ staticDir });
    const { sessionCookie } = await signIn();
    const res = await request('/orders', { headers: { Cookie: sessionCookie } });
    const html = await res.text();
    const loader = /<script type="module">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = `'sha256-${createHash('sha256').update(loader).digest('base64')}'`;
    const scriptSrc = /script-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]?.split(' ') ?? [];
    expect(scriptSrc).toContain(hash);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const shell = await request('/orders/1', { headers: { Cookie: sessionCookie } });
    expect(shell.headers.get('content-security-policy')).not.toContain(hash);
  });

  it('serves the plain shell when signed out', async () => {
    const { request } = startDashboard();
    const html = await (await request('/orders')).text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('om-preload');
  });
});
