/**
 * `npm run screenshots`: every page and order state at 375 and 1280 px, light and dark (plus the phone
 * pages in Indonesian and Russian), from the built app on the embedded sandbox, into `screenshots/`.
 * For looking at what we built before calling UI work done; not a test (nothing is compared).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { beginCell } from '@ton/core';
import { bulkJobSchema } from '../../contract/bulk';
import { tonToNano } from '../../contract/money';
import { launchChromium } from './bench-seeded';

const KEY = 'osk_screenshots_key_0000001';
const OUT = join(process.cwd(), 'screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    TSX_TSCONFIG_PATH: 'server/tsconfig.json',
    PORT: String(port),
    HOST: '127.0.0.1',
    SANDBOX_DB: ':memory:',
    WORKSPACE_DB: ':memory:',
    SANDBOX_API_KEY: KEY,
    SANDBOX_RATE_LIMIT: '0',
    SIGN_IN_RATE_LIMIT: '1000',
    SANDBOX_FULFILMENT_STEP_MS: '300',
    OPENMONEY_API_URL: '',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
process.once('exit', () => server.kill('SIGTERM'));

async function waitForServer() {
  for (let i = 0; i < 200; i++) {
    const up = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the dashboard server did not start');
}

interface Order {
  id: number;
  status: string;
  price_ton: number;
  payment_address: string;
  payment_memo: string;
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { ok: boolean; data: T };
  if (!json.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json.data;
}

const stars = (recipient_username: string, quantity = 100) =>
  api<Order>('POST', '/api/v1/orders/stars', { recipient_username, quantity });
const pay = (order: Order) =>
  api('POST', '/sandbox/transfers', {
    address: order.payment_address,
    amount: tonToNano(order.price_ton).toString(),
    payload: beginCell().storeUint(0, 32).storeStringTail(order.payment_memo).endCell().toBoc().toString('base64'),
  });
async function until(order: Order, status: string) {
  for (let i = 0; i < 100; i++) {
    if ((await api<Order>('GET', `/api/v1/orders/${order.id}`)).status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`order ${order.id} never reached ${status}`);
}

await waitForServer();
// A little history: a top-up, a few days of orders, and one order resting in each state.
const balance = await api<{ topup_address: string }>('GET', '/api/v1/balance');
await api('POST', '/sandbox/transfers', { address: balance.topup_address, amount: '25000000000' });
for (const [name, qty] of [
  ['alice_shop', 500],
  ['bob_store', 1000],
  ['carol_gifts', 50],
  ['dave_market', 10000],
] as const) {
  await pay(await stars(name, qty));
}
await api('POST', '/api/v1/orders/premium', { recipient_username: 'erin_premium', months: 6, payment_method: 'balance' });
const states = {
  pending: await stars('pandus', 250),
  processing: await stars('hold_slow_delivery'),
  completed: await stars('done_customer', 2500),
  refunded: await stars('fail_rejected'),
  expired: await stars('late_payer'),
  cancelled: await stars('changed_mind'),
};
await pay(states.processing);
await pay(states.completed);
await pay(states.refunded);
await api('POST', '/sandbox/expire', { payment_memo: states.expired.payment_memo });
await api('POST', `/api/v1/orders/${states.cancelled.id}/cancel`);
await until(states.processing, 'processing');
await until(states.completed, 'completed');
await until(states.refunded, 'refunded');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
const pages: [string, string][] = [
  ['orders', '/orders'],
  ['new-order', '/orders/new'],
  ['stats', '/stats'],
  ['balance', '/balance'],
  ['account', '/account'],
  ['team', '/team'],
  ['audit', '/audit'],
  ['bulk', '/orders/bulk'],
  ['not-found', '/no-such-page'],
  ...Object.entries(states).map(([state, order]): [string, string] => [`order-${state}`, `/orders/${order.id}`]),
];
const variants = [
  ...[375, 1280].flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ width, scheme, locale: 'en-US' }))),
  { width: 375, scheme: 'light' as const, locale: 'id-ID' },
  { width: 1280, scheme: 'dark' as const, locale: 'ru-RU' },
];
const BULK_FILE = [
  'recipient,product,quantity,months,client_reference',
  'alice_shop,stars,100,,promo-1',
  'bob_store,premium,,6,promo-2',
  'nouser_ghost,stars,250,,promo-3',
  'x,stars,100,,promo-4',
  'carol_gifts,stars,20,,promo-5',
  'Alice_Shop,stars,100,,promo-6',
  'dave_market,stars,500,,promo-7',
].join('\n');

/** One bulk job (paid by TON transfer, so its orders wait to be paid together), started as the demo owner. */
async function startBulkJob(request: APIRequestContext): Promise<string> {
  const rows = [
    { recipient: 'alice_shop', product: 'stars', quantity: 100, client_reference: 'promo-1' },
    { recipient: 'bob_store', product: 'premium', months: 6, client_reference: 'promo-2' },
    { recipient: 'nouser_ghost', product: 'stars', quantity: 250, client_reference: 'promo-3' },
    { recipient: 'dave_market', product: 'stars', quantity: 500, client_reference: 'promo-7' },
  ];
  const body = {
    request_id: 'screenshots-bulk-job',
    rows,
    payment_method: 'ton_memo',
    payment_currency: 'TON',
    file_name: 'giveaway.csv',
  };
  const created = await request.post('/workspace/bulk/jobs', { data: body, headers: { Origin: base } });
  if (!created.ok()) throw new Error(`bulk job refused: ${created.status()}`);
  const job = bulkJobSchema.parse((await created.json()).data);
  // Let it finish, so the page shows every row's outcome.
  for (let attempt = 0; attempt < 100; attempt++) {
    const now = bulkJobSchema.parse((await (await request.get(`/workspace/bulk/jobs/${job.id}`)).json()).data);
    if (now.status === 'completed') return `/orders/bulk/${job.id}`;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`bulk job ${job.id} never finished`);
}

let bulkJobPath: string | undefined;
let count = 0;
for (const { width, scheme, locale } of variants) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale, baseURL: base });
  const page = await context.newPage();
  const shot = async (name: string) => {
    await page.screenshot({ path: join(OUT, `${name}-${width}-${scheme}-${locale}.png`), fullPage: true });
    count++;
  };
  await page.goto('/sign-in');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.locator('h1').first().waitFor();
  await shot('sign-in');
  const signIn = await context.request.post('/session', { data: { demo: true }, headers: { Origin: base } });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
  bulkJobPath ??= await startBulkJob(context.request);
  for (const [name, path] of [...pages, ['bulk-job', bulkJobPath] as const]) {
    await page.goto(path);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await shot(name);
  }
  // The bulk preview of a file with good and bad rows, once its lookups are done (the network goes quiet).
  await page.goto('/orders/bulk');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'giveaway.csv', mimeType: 'text/csv', buffer: Buffer.from(BULK_FILE) });
  await page.waitForLoadState('networkidle');
  await page.getByTestId('bulk-counts').waitFor();
  await shot('bulk-preview');
  await page.goto('/orders');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const exportButton = page.getByRole('button', { name: /csv|export|ekspor|экспорт/i }).first();
  if (await exportButton.isVisible()) {
    await exportButton.click();
    await page.getByRole('dialog').waitFor();
    await page.waitForLoadState('networkidle');
    await shot('export-dialog');
  }
  await context.close();
}
await browser.close();
server.kill('SIGTERM');
console.log(`${count} screenshots in ${OUT}`);
