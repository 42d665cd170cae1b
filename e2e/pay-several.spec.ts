import { bulkJobSchema } from '../contract/bulk';
import { tonToNano } from '../contract/money';
import type { Order } from '../contract/orders';
import { auditPageSchema } from '../contract/workspace';
import { readCommentPayload } from '../src/lib/ton/comment';
import { connectFakeWallet, installFakeWallet } from './fake-wallet';
import { appReady, expect, expectAccessible, type PartnerApi, test, uniqueRef } from './fixtures';

async function pendingOrders(api: PartnerApi, recipient: string, quantities: number[]): Promise<Order[]> {
  const orders: Order[] = [];
  for (const quantity of quantities) orders.push(await api.createStars({ recipient_username: recipient, quantity }));
  return orders;
}

const recipientFor = (prefix: string) =>
  `${prefix}_${uniqueRef('x')
    .replace(/[^a-z0-9]/g, '')
    .slice(-10)}`;

test('pays three pending orders with one wallet confirmation, then all three complete', async ({ signedIn: page, api }) => {
  const wallet = await installFakeWallet(page);
  const recipient = recipientFor('three');
  const orders = await pendingOrders(api, recipient, [100, 250, 500]);
  await page.goto(`/orders?recipient=${recipient}`);
  await appReady(page);
  await connectFakeWallet(page);
  await expect(page.getByTestId('order-row')).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Pick every order awaiting payment on this page (3)' }).check();
  const bar = page.getByRole('region', { name: 'Pay selected orders' });
  await expect(bar.getByTestId('pay-selected-summary')).toHaveText('3 orders selected · 3.553 TON');
  await expectAccessible(page);
  await bar.getByRole('button', { name: 'Pay 3 orders with Sandbox Test Wallet' }).click();
  await expect(bar.getByRole('status')).toHaveText('Payments sent for 3 orders — waiting for the chain.');

  // ONE sendTransaction, one message per order: exact nanotons, the memo as the comment, validUntil within every expiry.
  const received = await wallet.received();
  expect(received).toHaveLength(1);
  const [request] = received;
  const messages = request?.messages ?? [];
  expect(messages.map((m) => [m.amount, readCommentPayload(m.payload ?? '')])).toEqual(
    orders.map((order) => [tonToNano(order.price_ton).toString(), order.payment_memo]),
  );
  const nowSeconds = Math.floor(Date.now() / 1000);
  const earliestExpiry = Math.min(...orders.map((order) => Date.parse(order.expires_at) / 1000));
  expect(request?.valid_until).toBeGreaterThan(nowSeconds);
  expect(request?.valid_until).toBeLessThanOrEqual(Math.min(nowSeconds + 600, earliestExpiry));

  for (const row of await page.getByTestId('order-row').all()) await expect(row).toContainText('Completed', { timeout: 15_000 });
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  for (const order of orders) {
    expect((await api.call('GET', `/api/v1/orders/${order.id}`)).json.data).toMatchObject({ status: 'completed' });
  }
  // The audit log has the one payment with its three orders.
  const audit = await page.request.get('/workspace/audit?action=payment.started&limit=5');
  const entries = auditPageSchema.parse((await audit.json()).data).items;
  expect(entries[0]?.detail).toMatchObject({
    kind: 'order',
    messages: 3,
    order_ids: orders
      .map((order) => order.id)
      .sort((a, b) => a - b)
      .join(','),
  });
});

test('more orders than the wallet takes go in several confirmations; one that expired meanwhile is left out', async ({
  signedIn: page,
  api,
}) => {
  const wallet = await installFakeWallet(page, { maxMessages: 2 });
  const recipient = recipientFor('split');
  const orders = await pendingOrders(api, recipient, [50, 60, 70, 80]);
  await page.goto(`/orders?recipient=${recipient}`);
  await appReady(page);
  await connectFakeWallet(page);
  await page.getByRole('checkbox', { name: 'Pick every order awaiting payment on this page (4)' }).check();
  const bar = page.getByRole('region', { name: 'Pay selected orders' });
  await expect(bar).toContainText('Sandbox Test Wallet takes up to 2 payments per confirmation: you will confirm 2 times.');
  const [expiring] = orders;
  if (!expiring) throw new Error('no order');
  expect((await api.call('POST', '/sandbox/expire', { payment_memo: expiring.payment_memo })).status).toBe(200);
  await bar.getByRole('button', { name: 'Pay 4 orders with Sandbox Test Wallet' }).click();
  await expect(bar.getByRole('status')).toHaveText('Payments sent for 3 orders — waiting for the chain.');
  await expect(bar.getByRole('listitem')).toHaveText(`#${expiring.id} no longer awaits payment`);
  const received = await wallet.received();
  expect(received.map((request) => request.messages.length)).toEqual([2, 1]);
  const memos = received.flatMap((request) => request.messages.map((m) => readCommentPayload(m.payload ?? '')));
  expect(memos.sort()).toEqual(
    orders
      .slice(1)
      .map((order) => order.payment_memo)
      .sort(),
  );
});

test("pays a bulk job's pending orders from its results in one confirmation", async ({ signedIn: page, api, baseURL }) => {
  const wallet = await installFakeWallet(page);
  const ref = uniqueRef('e2e-job-pay');
  const rows = [100, 250, 500].map((quantity, index) => ({
    recipient: `job_payer_${index + 1}`,
    product: 'stars',
    quantity,
    client_reference: `${ref}-${index + 1}`,
  }));
  const created = await page.request.post('/workspace/bulk/jobs', {
    data: { request_id: ref.replace(/[^A-Za-z0-9_-]/g, '_'), rows, payment_method: 'ton_memo', payment_currency: 'TON' },
    headers: { Origin: baseURL ?? '' },
  });
  expect(created.status()).toBe(200);
  const job = bulkJobSchema.parse((await created.json()).data);
  await page.goto(`/orders/bulk/${job.id}`);
  await expect(page.getByTestId('bulk-job-status')).toHaveText('Finished', { timeout: 15_000 });
  await connectFakeWallet(page);
  await page.getByRole('checkbox', { name: 'Pick every order awaiting payment on this page (3)' }).check();
  const bar = page.getByRole('region', { name: 'Pay selected orders' });
  await expect(bar.getByTestId('pay-selected-summary')).toHaveText('3 orders selected · 3.553 TON');
  await bar.getByRole('button', { name: 'Pay 3 orders with Sandbox Test Wallet' }).click();
  await expect(bar.getByRole('status')).toHaveText('Payments sent for 3 orders — waiting for the chain.');
  const received = await wallet.received();
  expect(received.map((request) => request.messages.length)).toEqual([3]);
  for (const row of rows) {
    await expect(async () => {
      const [order] = await api.byReference(row.client_reference);
      expect(order?.status).toBe('completed');
    }).toPass({ timeout: 15_000 });
  }
});
