import { Address } from '@ton/core';
import { tonToNano } from '../contract/money';
import { connectFakeWallet, installFakeWallet } from './fake-wallet';
import { expect, expectAccessible, test } from './fixtures';

test('pays an order through the wallet: exact message, then paid and completed on screen', async ({ signedIn: page, api }) => {
  const wallet = await installFakeWallet(page);
  const order = await api.createStars({ recipient_username: 'wallet_payer', quantity: 500 });
  await page.goto(`/orders/${order.id}`);
  await connectFakeWallet(page);
  await expect(page.getByTestId('wallet-address')).toContainText('mainnet');
  await expectAccessible(page);
  await page.getByRole('button', { name: `Pay 2.09 TON with` }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Completed', { timeout: 15_000 });
  await expect(page.getByTestId('order-banner')).toContainText('Delivered — 500 stars to @wallet_payer');

  const [request] = await wallet.received();
  expect(request?.messages).toHaveLength(1);
  const message = request?.messages[0];
  expect(Address.parse(message?.address ?? '').equals(Address.parse(order.payment_address))).toBe(true);
  expect(message?.amount).toBe(tonToNano(order.price_ton).toString());
  expect(message?.amount).toBe('2090000000');
  const { readCommentPayload } = await import('../src/lib/ton/comment');
  expect(readCommentPayload(message?.payload ?? '')).toBe(order.payment_memo);
  const nowSeconds = Math.floor(Date.now() / 1000);
  expect(request?.valid_until).toBeGreaterThan(nowSeconds);
  expect(request?.valid_until).toBeLessThanOrEqual(Math.min(nowSeconds + 600, Date.parse(order.expires_at) / 1000));
  await expect(page.getByRole('button', { name: /^Pay / })).toHaveCount(0);
});

test('a declined payment is explained, the order stays pending, and a second try pays', async ({ signedIn: page, api }) => {
  await installFakeWallet(page, { declineFirst: 1 });
  const order = await api.createStars({ recipient_username: 'changes_mind' });
  await page.goto(`/orders/${order.id}`);
  await connectFakeWallet(page);
  await page.getByRole('button', { name: /^Pay 0.418 TON/ }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'You declined the payment in your wallet. Nothing was sent; you can pay again.',
  );
  expect((await api.call('GET', `/api/v1/orders/${order.id}`)).json.data).toMatchObject({ status: 'pending_payment' });
  await page.getByRole('button', { name: /^Pay 0.418 TON/ }).click();
  await expect(page.getByTestId('order-status')).not.toHaveText('Awaiting payment', { timeout: 15_000 });
});

test('paying again after a send asks for confirmation first', async ({ signedIn: page, api }) => {
  await installFakeWallet(page);
  const order = await api.createStars({ recipient_username: 'double_payer' });
  await page.goto(`/orders/${order.id}`);
  await connectFakeWallet(page);
  // Make the first payment short, so the order stays pending and the pay button stays offered.
  await page.route('**/sandbox/transfers', async (route) => {
    const body = route.request().postDataJSON() as { amount: string };
    await route.continue({ postData: JSON.stringify({ ...body, amount: String(BigInt(body.amount) - 1n) }) });
  });
  await page.getByRole('button', { name: /^Pay 0.418 TON/ }).click();
  await expect(page.getByTestId('pay-status')).toHaveText('Payment sent — waiting for the chain');
  await expect(page.getByTestId('pay-countdown')).toHaveCount(0);
  const payAgain = page.getByRole('button', { name: /^Pay 0.418 TON/ });
  await payAgain.click();
  const dialog = page.getByRole('dialog', { name: 'Pay again?' });
  await expect(dialog).toContainText('paying again can pay twice');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(payAgain).toBeFocused();
  await payAgain.click();
  await dialog.getByRole('button', { name: 'Don’t pay again' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a short transfer leaves the order pending', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'short_payer' });
  const result = await api.pay(order, tonToNano(order.price_ton) - 1n);
  expect(result.outcome).toBe('amount_too_low');
  await page.goto(`/orders/${order.id}`);
  await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment');
  await expect(page.getByRole('heading', { name: 'Pay this order' })).toBeVisible();
  await expect(page.getByTestId('pay-countdown')).toHaveText(/^1[45]:\d\d left$/);
  await expect(page.getByTestId('pay-amount')).toHaveText('0.418 TON');
});

test('an expired or settled order offers no payment', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'too_late' });
  await api.call('POST', `/api/v1/orders/${order.id}/cancel`);
  await page.goto(`/orders/${order.id}`);
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
  await expect(page.getByTestId('order-banner')).toContainText('Cancelled');
  await expect(page.getByRole('heading', { name: 'Pay this order' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Pay|Simulate/ })).toHaveCount(0);
  await expect(page.getByText(order.payment_address)).toHaveCount(0);
  await expect(page.getByText(order.payment_memo)).toHaveCount(0);
  await expect(page.getByText('Expires')).toHaveCount(0);
  await expectAccessible(page);
});

test('a wallet on the wrong network is refused with a clear message', async ({ signedIn: page, api }) => {
  const wallet = await installFakeWallet(page, { network: '-3' });
  const order = await api.createStars({ recipient_username: 'testnet_user' });
  await page.goto(`/orders/${order.id}`);
  await connectFakeWallet(page);
  await expect(page.getByRole('alert')).toContainText('wrong network');
  await expect(page.getByRole('button', { name: /^Pay / })).toHaveCount(0);
  expect(await wallet.received()).toEqual([]);
});

test('sandbox mode can simulate the exact payment without a wallet', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'no_wallet_yet' });
  await page.goto(`/orders/${order.id}`);
  await page.getByRole('button', { name: 'Simulate payment (sandbox)' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Completed', { timeout: 15_000 });
  // The simulated chain's transaction is not linked to mainnet Tonviewer: shown plain, copyable.
  await expect(page.getByTestId('payment-tx')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByRole('link', { name: 'View on Tonviewer' })).toHaveCount(0);
  await expect(page.getByText('Expires')).toHaveCount(0);
});

test('an order whose payment window closes while open stops offering payment', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'window_closes' });
  await page.goto(`/orders/${order.id}`);
  await expect(page.getByRole('button', { name: 'Simulate payment (sandbox)' })).toBeVisible();
  const expired = await api.call('POST', '/sandbox/expire', { payment_memo: order.payment_memo });
  expect(expired.status).toBe(200);
  await expect(page.getByTestId('order-status')).toHaveText('Expired', { timeout: 10_000 });
  await expect(page.getByTestId('order-banner')).toContainText('Expired — no payment is possible');
  await expect(page.getByRole('button', { name: /Pay|Simulate|Connect a wallet/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pay this order' })).toHaveCount(0);
});

test('a failed delivery reads as a failure: red step, reason in words, refund linked to the balance', async ({
  signedIn: page,
  api,
}) => {
  const order = await api.createStars({ recipient_username: 'fail_delivery' });
  expect((await api.pay(order)).outcome).toBe('order_paid');
  await page.goto(`/orders/${order.id}`);
  await expect(page.getByTestId('order-status')).toHaveText('Refunded', { timeout: 15_000 });
  await expect(page.getByTestId('order-banner')).toContainText('Delivery failed — 0.418 TON refunded to your balance');
  await expect(page.getByRole('link', { name: 'See it in your balance transactions' })).toHaveAttribute(
    'href',
    '/balance?type=refund',
  );
  const timeline = page.getByRole('list', { name: 'Status timeline' });
  await expect(timeline.getByText('Delivery failed')).toHaveClass(/text-bad/);
  await expect(timeline).toContainText('Telegram did not accept the delivery to this recipient.');
  await expectAccessible(page);
});

test('on a phone the ton:// link is the main way to pay', async ({ signedIn: page, api }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const order = await api.createStars({ recipient_username: 'phone_payer' });
  await page.goto(`/orders/${order.id}`);
  const link = page.getByRole('link', { name: 'Pay in a wallet app' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /^ton:\/\/transfer\/.+amount=418000000/);
  await expect(page.getByRole('button', { name: 'Copy address' })).toBeVisible();
  await expectAccessible(page);
});
