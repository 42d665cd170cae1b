import { describe, expect, it } from 'vitest';
import { startDashboard } from './dashboard-harness';
import { auditExports, COLUMNS, call, parse, run, settled, startOrders, withOrders } from './exports-harness';
import { TEST_KEY } from './sandbox-harness';

describe('CSV exports written by the server', () => {
  it('streams every row with the chosen columns, once, and logs who exported what', async () => {
    const { d, cookie } = await withOrders(1_234);
    const ref = '=HYPERLINK("http://evil.example","x")';
    const created = await d.request('/api/v1/orders/stars', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ recipient_username: 'export_me', quantity: 100, client_reference: ref }),
    });
    const order = (await created.json()).data;
    const ready = await startOrders(d, cookie);
    expect(ready).toMatchObject({ state: 'ready', rows: 0, file_name: 'orders-all-x.csv' });
    const file = await call(d, cookie, 'GET', ready.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="orders-all-x.csv"');
    expect(file.headers.get('cache-control')).toBe('no-store');
    const parsed = await parse(file);
    expect(parsed.meta.fields).toEqual(COLUMNS);
    expect(parsed.data).toHaveLength(1_235);
    expect(new Set(parsed.data.map((row) => row.id)).size).toBe(1_235);
    expect(parsed.data[0]).toMatchObject({ id: String(order.id), client_reference: `'${ref}`, price_ton: '0.418' });
    expect(await settled(d, cookie, ready.id)).toMatchObject({ state: 'done', rows: 1_235, total: 1_235, error: null });
    // A file is served once: the link cannot be replayed.
    expect((await call(d, cookie, 'GET', ready.url)).status).toBe(404);
    const [entry] = await auditExports(d, cookie);
    expect(entry?.detail).toEqual({ source: 'orders', filters: '', rows: 1_235, outcome: 'done' });
  });

  it('applies the list filters and exports balance transactions and a reference search too', async () => {
    const { d, cookie } = await withOrders(600);
    const paid = await startOrders(d, cookie, { status: 'completed', order_type: 'stars' });
    const rows = (await parse(await call(d, cookie, 'GET', paid.url))).data;
    const expected = d.sandbox.deps.db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM orders WHERE status = 'completed' AND order_type = 'stars'")
      .get()?.n;
    expect(rows).toHaveLength(expected ?? -1);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['completed']));
    const tx = await run(d, cookie, 'POST', '/workspace/exports', {
      source: 'transactions',
      type: 'order_debit',
      columns: ['id', 'amount_ton'],
      file_name: 'balance-transactions.csv',
    });
    const debits = (await parse(await call(d, cookie, 'GET', tx.url))).data;
    expect(debits.length).toBeGreaterThan(100);
    expect(debits.every((row) => row.amount_ton?.startsWith('-'))).toBe(true);
    const byRef = await run(d, cookie, 'POST', '/workspace/exports', {
      source: 'reference',
      reference: ' inv-7 ',
      columns: ['client_reference'],
      file_name: 'orders-reference.csv',
    });
    const referenced = (await parse(await call(d, cookie, 'GET', byRef.url))).data;
    expect(referenced.length).toBeGreaterThan(0);
    expect(new Set(referenced.map((row) => row.client_reference))).toEqual(new Set(['inv-7']));
    const logged = (await auditExports(d, cookie)).map((entry) => entry.detail.filters);
    expect(logged).toEqual(['reference= inv-7 ', 'type=order_debit', 'status=completed&order_type=stars']);
  });

  it('retries a rate limit, and writes a row only once when new orders shift the pages', async () => {
    let limited = false;
    let grown = false;
    const { d, cookie } = await withOrders(450, (own) => async (path, init) => {
      if (/[?&]offset=100(&|$)/.test(path) && !limited) {
        limited = true;
        return new Response('{"ok":false,"error_code":"RATE_LIMITED","error_message":"slow down","data":null}', {
          status: 429,
          headers: { 'Retry-After': '0', 'Content-Type': 'application/json' },
        });
      }
      if (/[?&]offset=300(&|$)/.test(path) && !grown) {
        grown = true;
        const body = JSON.stringify({ recipient_username: 'late_buyer', quantity: 50 });
        for (let i = 0; i < 3; i += 1) {
          await own('/orders/stars', { method: 'POST', headers: { Authorization: `Bearer ${TEST_KEY}` }, body });
        }
      }
      return own(path, init);
    });
    const ready = await startOrders(d, cookie);
    const rows = (await parse(await call(d, cookie, 'GET', ready.url))).data;
    expect(limited && grown).toBe(true);
    // The three new orders pushed three rows already written onto the next page: left out there.
    expect(rows).toHaveLength(450);
    expect(new Set(rows.map((row) => row.id)).size).toBe(450);
  });

  it('cuts the file off when the upstream fails for good: the download errors, the run says why', async () => {
    const { d, cookie } = await withOrders(500, (own) => async (path, init) => {
      if (/[?&]offset=300(&|$)/.test(path)) {
        return new Response('{"ok":false,"error_code":"SERVICE_UNAVAILABLE","error_message":"down","data":null}', {
          status: 503,
          headers: { 'Retry-After': '0', 'Content-Type': 'application/json' },
        });
      }
      return own(path, init);
    });
    const ready = await startOrders(d, cookie);
    const file = await call(d, cookie, 'GET', ready.url);
    expect(file.status).toBe(200);
    await expect(file.text()).rejects.toThrow();
    const failed = await settled(d, cookie, ready.id);
    expect(failed).toMatchObject({
      state: 'failed',
      error: { code: 'SERVICE_UNAVAILABLE', message: 'the partner API answered 503: down' },
    });
    // Whatever had been sent before the cut (pages still being written are dropped with the file).
    expect(failed.rows).toBeLessThanOrEqual(300);
    expect((await auditExports(d, cookie))[0]?.detail).toMatchObject({ rows: failed.rows, outcome: 'failed' });
  });

  it('stops at once when cancelled: no more pages are fetched and the download errors', async () => {
    const asked: string[] = [];
    const { d, cookie } = await withOrders(2_000, (own) => (path, init) => {
      asked.push(path);
      return own(path, init);
    });
    const ready = await startOrders(d, cookie);
    const file = await call(d, cookie, 'GET', ready.url);
    const reader = file.body?.getReader();
    expect((await reader?.read())?.done).toBe(false);
    const cancelled = await run(d, cookie, 'POST', `/workspace/exports/${ready.id}/cancel`);
    expect(cancelled.state).toBe('cancelled');
    const pagesAsked = asked.length;
    await expect(
      (async () => {
        for (;;) if ((await reader?.read())?.done) return;
      })(),
    ).rejects.toThrow();
    expect(asked.length).toBeLessThanOrEqual(pagesAsked + 1);
    expect(asked.length).toBeLessThan(10);
    expect(await settled(d, cookie, ready.id)).toMatchObject({ state: 'cancelled' });
  });

  it('a cancel made on another instance reaches the one writing the file within a heartbeat', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { d: a, cookie } = await withOrders(500, (own) => async (path, init) => {
      if (/[?&]offset=200(&|$)/.test(path)) await held;
      return own(path, init);
    });
    // B: another server on the same workspace database (its own routes, its own sandbox).
    const b = startDashboard({ workspace: a.workspace });
    const ready = await startOrders(a, cookie);
    const reader = (await call(a, cookie, 'GET', ready.url)).body?.getReader();
    expect((await reader?.read())?.done).toBe(false);
    expect((await run(b, cookie, 'POST', `/workspace/exports/${ready.id}/cancel`)).state).toBe('cancelled');
    // A learns it from the database (its heartbeat), cuts the file off, and the page it waited for is not written.
    await expect(
      (async () => {
        for (;;) if ((await reader?.read())?.done) return;
      })(),
    ).rejects.toThrow();
    release();
    const cancelled = await settled(a, cookie, ready.id);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.rows).toBeLessThanOrEqual(200);
  });

  it('notices when the browser drops the download', async () => {
    const { d, cookie } = await withOrders(2_000);
    const ready = await startOrders(d, cookie);
    const reader = (await call(d, cookie, 'GET', ready.url)).body?.getReader();
    await reader?.read();
    await reader?.cancel();
    expect(await settled(d, cookie, ready.id)).toMatchObject({ state: 'cancelled' });
  });

  it('needs orders.export, and a run is only ever its own member’s', async () => {
    const { d, cookie } = await withOrders(10);
    const viewer = (await d.signInAs(await d.addMember('viewer'))).sessionCookie;
    const support = (await d.signInAs(await d.addMember('support'))).sessionCookie;
    const body = { source: 'orders', filters: {}, columns: ['id'], file_name: 'a.csv' };
    expect((await call(d, viewer, 'POST', '/workspace/exports', body)).status).toBe(403);
    const ready = await startOrders(d, cookie);
    for (const path of [`/workspace/exports/${ready.id}`, ready.url]) {
      expect((await call(d, viewer, 'GET', path)).status).toBe(403);
      expect((await call(d, support, 'GET', path)).status).toBe(404);
    }
    expect((await call(d, support, 'POST', `/workspace/exports/${ready.id}/cancel`)).status).toBe(404);
    expect((await call(d, '', 'GET', ready.url)).status).toBe(401);
    expect((await call(d, cookie, 'POST', '/workspace/exports', { ...body, columns: ['secret'] })).status).toBe(400);
    const own = await run(d, support, 'POST', '/workspace/exports', body);
    expect((await parse(await call(d, support, 'GET', own.url))).data).toHaveLength(10);
  });
});
