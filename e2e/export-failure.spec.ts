import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerProcess, startServerProcess } from '../server/tests/server-process';
import { appReady, expect, test } from './fixtures';

const KEY = 'osk_fake_upstream_partner_key_0001';
const TOTAL = 5_000;
/** The fake partner API answers pages up to here, then only 503s: the upstream dies mid-export (after the file's first pieces went out). */
const DIES_AT = 3_000;

function order(id: number) {
  const at = new Date(Date.UTC(2026, 3, 1) + id * 60_000).toISOString().replace('.000Z', 'Z');
  return {
    id,
    status: 'completed',
    order_type: 'stars',
    stars_amount: 100,
    recipient_username: `user_${id}`,
    price_ton: 0.418,
    payment_address: 'UQ_fake_payment_address',
    payment_memo: `STARS-${id.toString(16).padStart(10, '0')}`,
    expires_at: at,
    created_at: at,
  };
}

/** A partner API that knows the key, the balance and 5,000 orders — until offset 3,000. */
function fakeUpstream(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${KEY}` && url.pathname !== '/api/v1/health') {
      return send(401, { ok: false, error_code: 'UNAUTHORIZED', error_message: 'bad key', data: null });
    }
    if (url.pathname === '/api/v1/balance') {
      return send(200, {
        ok: true,
        data: { balance_ton: 5, topup_address: 'UQ_fake_topup', updated_at: '2026-04-01T00:00:00Z' },
      });
    }
    if (url.pathname === '/api/v1/orders') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      if (offset >= DIES_AT) {
        return send(
          503,
          { ok: false, error_code: 'SERVICE_UNAVAILABLE', error_message: 'down', data: null },
          { 'Retry-After': '0' },
        );
      }
      const items = Array.from({ length: Math.min(limit, TOTAL - offset) }, (_, i) => order(TOTAL - offset - i));
      return send(200, { ok: true, data: { items, total: TOTAL, limit, offset } });
    }
    send(404, { ok: false, error_code: 'NOT_FOUND', error_message: 'not here', data: null });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1` });
    });
  });
}

let upstream: { server: Server; url: string } | undefined;
let dashboard: ServerProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'om-e2e-export-failure-'));

test.beforeAll(async () => {
  upstream = await fakeUpstream();
  // Its own dashboard (the built app, a fresh workspace) in front of the fake partner API.
  dashboard = await startServerProcess({ OPENMONEY_API_URL: upstream.url, WORKSPACE_DB: ':memory:', DATA_DIR: dataDir });
});

test.afterAll(async () => {
  await dashboard?.stop();
  await new Promise((resolve) => upstream?.server.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

test('when the partner API dies mid-export, the download fails and the page says so: no short file', async ({ page }) => {
  const origin = dashboard?.origin ?? '';
  const setUp = await page.request.post(`${origin}/workspace/setup`, {
    data: { name: 'Olga Owner', email: 'owner@example.com', password: 'correct horse battery', api_key: KEY },
    headers: { Origin: origin },
  });
  expect(setUp.status()).toBe(200);
  await page.goto(`${origin}/orders`);
  await appReady(page);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  await expect(dialog.getByTestId('export-count')).toContainText('5,000 rows will be exported');
  const started = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start export' }).click();
  const download = await started;
  // The browser received the first rows and then a connection cut before the end: it marks the download failed.
  expect(await download.failure()).not.toBeNull();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Export failed:');
  await expect(alert).toContainText('The download was cut off, so no incomplete file is kept under its name.');
  const audit = await page.request.get(`${origin}/workspace/audit?action=export`);
  const detail = (await audit.json()).data.items[0].detail;
  expect(detail).toMatchObject({ source: 'orders', outcome: 'failed' });
  expect(detail.rows).toBeGreaterThan(0);
  expect(detail.rows).toBeLessThan(DIES_AT);
});
