import { request as httpRequest } from 'node:http';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../contract/envelope';
import { ORIGIN, startDashboard } from './dashboard-harness';
import { TEST_KEY } from './sandbox-harness';

/** The Node adapter's bindings for a request from `address` (in-process requests have no socket). */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
  body: JSON.stringify(body),
});

describe('hardening 2: bodies are bounded before they are buffered', () => {
  it('answers 413 in the envelope after reading at most the limit, for any Authorization', async () => {
    const { request } = startDashboard();
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        if (pulled > 50 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await request('/api/v1/orders/stars', {
      method: 'POST',
      headers: { Authorization: 'Bearer osk_bogus_key_00000000', 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(errorEnvelopeSchema.parse(await res.json()).error_code).toBe('PAYLOAD_TOO_LARGE');
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses a declared Content-Length past the limit without reading, and bounds sign-in bodies too', async () => {
    const { request } = startDashboard();
    const big = await request('/api/v1/orders/stars', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${TEST_KEY}`,
        'Content-Type': 'application/json',
        'Content-Length': String(5 * 1024 * 1024),
      },
      body: 'x'.repeat(5 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    const session = await request('/session', json({ api_key: 'x'.repeat(100_000) }));
    expect(session.status).toBe(413);
  });
});

describe('hardening 3: only known hosts are served (DNS rebinding)', () => {
  it('refuses a foreign Host with 421 before signing anyone in, even with a matching Origin', async () => {
    const { app } = startDashboard();
    const res = await app.request('http://rebind.evil.test:3000/session', {
      ...json({ demo: true }, { Origin: 'http://rebind.evil.test:3000' }),
    });
    expect(res.status).toBe(421);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(
      (await app.request('http://rebind.evil.test:3000/api/v1/orders', { headers: { Authorization: `Bearer ${TEST_KEY}` } }))
        .status,
    ).toBe(421);
  });

  it('serves the listening host in every loopback spelling and PUBLIC_URL, and compares Origin with those', async () => {
    const { app } = startDashboard({ publicUrl: 'https://dash.example.com' });
    for (const origin of ['http://localhost:3000', 'https://dash.example.com']) {
      const res = await app.request(`${origin}/session`, json({ demo: true }, { Origin: origin }));
      expect(res.status, origin).toBe(200);
    }
    const crossOrigin = await app.request(
      'http://localhost:3000/session',
      json({ demo: true }, { Origin: 'https://evil.example' }),
    );
    expect(crossOrigin.status).toBe(403);
  });
});

describe('hardening 4: sandbox tools act only for the partner whose key comes with the request', () => {
  it('expire needs a key and touches only that partner’s order; transfers reveal nothing to others', async () => {
    const { request, signIn } = startDashboard();
    const created = await request('/api/v1/orders/stars', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ recipient_username: 'oracle_target', quantity: 100 }),
    });
    const order = (await created.json()).data;
    const noKey = await request('/sandbox/expire', json({ payment_memo: order.payment_memo }));
    expect([noKey.status, (await noKey.json()).error_code]).toEqual([401, 'UNAUTHORIZED']);
    const probe = await request('/sandbox/transfers', json({ address: order.payment_address, amount: '1', payload: undefined }));
    const answer = (await probe.json()).data;
    expect(answer).toMatchObject({ outcome: 'received', order_id: null });
    const { sessionCookie } = await signIn();
    const own = await request('/sandbox/expire', json({ payment_memo: order.payment_memo }, { Cookie: sessionCookie }));
    expect((await own.json()).data).toMatchObject({ status: 'expired' });
  });
});

describe('hardening 5: no 5xx on malformed input', () => {
  it('answers 4xx for malformed percent-encoding, huge amounts and unsupported methods', async () => {
    const { request } = startDashboard();
    for (const path of ['/%', '/orders/%ff', '/assets/%zz.js', '/%E0%A4%A']) {
      const res = await request(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    const huge = await request(
      '/sandbox/transfers',
      json({ address: 'UQBFJTkJ5hZdH7i6rWQTnm43zn6h2dPBV9lFZ2e98WvWABy_', amount: String(2n ** 63n) }),
    );
    expect([huge.status, (await huge.json()).error_code]).toEqual([400, 'VALIDATION_ERROR']);
    const patch = await request('/api/v1/orders', { method: 'PATCH', headers: { Authorization: `Bearer ${TEST_KEY}` } });
    expect([patch.status, patch.headers.get('allow')]).toEqual([405, 'GET, POST']);
    expect(errorEnvelopeSchema.parse(await patch.json()).error_code).toBe('METHOD_NOT_ALLOWED');
    const put = await request('/index.html', { method: 'PUT', headers: { Origin: ORIGIN } });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });
});

describe('hardening 5 over a real socket', () => {
  it('TRACE (which a WHATWG Request cannot even carry) gets 405 in the envelope, not a 503', async () => {
    const { app } = startDashboard();
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const answer = await new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'TRACE',
          path: '/api/v1/orders',
          headers: { Host: '127.0.0.1:3000', Authorization: `Bearer ${TEST_KEY}` },
        },
        (res) => {
          let body = '';
          res.on('data', (part: Buffer) => {
            body += part.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    server.close();
    expect([answer.status, answer.allow]).toEqual([405, 'GET, POST']);
    expect(errorEnvelopeSchema.parse(JSON.parse(answer.body)).error_code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('hardening 6: sessions', () => {
  it('a sign-in replaces the id the browser presented, and the old one stops working', async () => {
    const { request, signIn } = startDashboard();
    const first = (await signIn()).sessionCookie;
    const again = await request('/session', json({ demo: true }, { Cookie: first }));
    const second = (again.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(second).not.toBe(first);
    expect((await request('/api/v1/balance', { headers: { Cookie: first } })).status).toBe(401);
    expect((await request('/api/v1/balance', { headers: { Cookie: second } })).status).toBe(200);
  });

  it('ends a session 7 days after sign-in however busy it is', async () => {
    let now = 0;
    const { request, signIn } = startDashboard({ sessions: { now: () => now } });
    const { sessionCookie } = await signIn();
    for (let hour = 0; hour < 7 * 24; hour += 6) {
      now = hour * 3_600_000;
      expect((await request('/api/v1/balance', { headers: { Cookie: sessionCookie } })).status).toBe(200);
    }
    now = 7 * 24 * 3_600_000 + 1;
    expect((await request('/api/v1/balance', { headers: { Cookie: sessionCookie } })).status).toBe(401);
  });

  it('marks every session and API answer no-store, and sends HSTS only over https', async () => {
    const { app, request, signIn } = startDashboard({ publicUrl: 'https://dash.example.com', trustProxy: ['10.0.0.9'] });
    const { res } = await signIn();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await request('/session')).headers.get('cache-control')).toBe('no-store');
    expect((await request('/api/v1/orders')).headers.get('cache-control')).toBe('no-store');
    expect((await request('/session')).headers.get('strict-transport-security')).toBeNull();
    const direct = await app.request('https://dash.example.com/session');
    expect(direct.headers.get('strict-transport-security')).toContain('max-age=');
    const proxied = await app.request(`${ORIGIN}/session`, { headers: { 'X-Forwarded-Proto': 'https' } }, from('10.0.0.9'));
    expect(proxied.headers.get('strict-transport-security')).toContain('max-age=');
    const spoofed = await app.request(`${ORIGIN}/session`, { headers: { 'X-Forwarded-Proto': 'https' } }, from('203.0.113.5'));
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('hardening 8: the CSP names only what the app and TonConnect need', () => {
  it('connects only to our origin and our wallets list’s bridges; no blanket https:', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const staticDir = mkdtempSync(join(tmpdir(), 'om-dist-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
    writeFileSync(
      join(staticDir, 'tonconnect-wallets.json'),
      JSON.stringify([
        {
          bridge: [
            { type: 'sse', url: 'https://bridge.example.org/bridge' },
            { type: 'js', key: 'x' },
          ],
        },
      ]),
    );
    const { request } = startDashboard({ staticDir });
    const csp = (await request('/')).headers.get('content-security-policy') ?? '';
    const directive = (name: string) => new RegExp(`${name} ([^;]*)`).exec(csp)?.[1]?.split(' ') ?? [];
    expect(directive('connect-src')).toEqual(["'self'", 'https://bridge.example.org']);
    expect(directive('img-src')).not.toContain('https:');
    expect(directive('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('hardening 7: any client reference reaches by-reference intact', () => {
  it('finds references with slashes, query and hash signs, percent signs, spaces and unicode through the proxy', async () => {
    const { request } = startDashboard();
    for (const reference of ['a/b', 'q?x=1#frag', '100% ok', ' spaced ', 'ünïcödé 🧾', '%2e%2e', '.', '..']) {
      const created = await request('/api/v1/orders/stars', {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ recipient_username: 'ref_user', quantity: 100, client_reference: reference }),
      });
      expect(created.status, reference).toBe(200);
      // `.` and `..` cannot be a path segment (URL parsers remove them): they travel as `?ref=`.
      const path = reference === '.' || reference === '..' ? `?ref=${reference}` : `/${encodeURIComponent(reference)}`;
      const found = await request(`/api/v1/orders/by-reference${path}`, {
        headers: { Authorization: `Bearer ${TEST_KEY}` },
      });
      const orders: { client_reference: string }[] = (await found.json()).data;
      expect(
        orders.map((o) => o.client_reference),
        reference,
      ).toEqual([reference]);
    }
  });
});
