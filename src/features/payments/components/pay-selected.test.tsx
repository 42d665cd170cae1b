import type { Order } from '@contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaymentBatch } from '@/lib/ton/batch';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { sourceExampleOrder } from '../../../../contract/fixtures';
import { PaySelected } from './pay-selected';

// The wallet is TonConnect's (tested in e2e with a real bridge); here it is a stand-in that takes 2 messages.
const sent: PaymentBatch[] = [];
const wallet = vi.hoisted(() => ({ declineOn: 0 }));
vi.mock('../wallet/use-wallet', () => ({
  useWallet: () => ({
    status: 'ready',
    account: { address: '0:2a', friendly: 'UQ…', chain: '-239', walletName: 'Test Wallet', maxMessages: 2 },
    wrongNetwork: false,
    connect: async () => undefined,
    disconnect: async () => undefined,
  }),
}));
vi.mock('../wallet/send', () => ({
  sendBatchWithWallet: async (batch: PaymentBatch) => {
    sent.push(batch);
    if (sent.length === wallet.declineOn) throw Object.assign(new Error('declined'), { code: 300 });
  },
  isRejection: async (error: unknown) => typeof error === 'object' && error !== null && 'code' in error && error.code === 300,
}));

const future = new Date(Date.now() + 10 * 60_000).toISOString();
const order = (id: number, overrides: Partial<Order> = {}): Order => ({
  ...sourceExampleOrder,
  id,
  payment_memo: `STARS-${id}`,
  payment_method: 'ton_memo',
  expires_at: future,
  ...overrides,
});
const orders = [order(1, { price_ton: 0.1 }), order(2, { price_ton: 0.2 }), order(3, { status: 'expired' }), order(4)];

function api() {
  return fakeApi({
    ...Object.fromEntries(orders.map((o) => [`GET /api/v1/orders/${o.id}`, () => ({ data: o })])),
    'POST /workspace/audit/payment': () => ({ data: { recorded: true } }),
    'POST /sandbox/transfers': () => ({ data: { outcome: 'order_paid', tx_hash: 'ab'.repeat(32) } }),
  });
}

function show(onPaid = vi.fn(), sandbox = false) {
  renderWithApp(
    <PaySelected
      selected={orders.map((o) => ({ id: o.id, priceTon: o.price_ton }))}
      sandbox={sandbox}
      onClear={() => undefined}
      onPaid={onPaid}
    />,
  );
  return onPaid;
}

beforeEach(() => {
  sent.length = 0;
  wallet.declineOn = 0;
  window.sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('PaySelected', () => {
  it('says how many are picked, their exact total and how many confirmations the wallet needs', () => {
    api();
    show();
    expect(screen.getByTestId('pay-selected-summary')).toHaveTextContent('4 orders selected · 1.136 TON');
    expect(screen.getByText('Test Wallet takes up to 2 payments per confirmation: you will confirm 2 times.')).toBeVisible();
  });

  it('reads each order again, leaves out the expired one, sends batches of at most maxMessages and reports each', async () => {
    const { calls } = api();
    const onPaid = show();
    await userEvent.click(screen.getByRole('button', { name: 'Pay 4 orders with Test Wallet' }));
    const outcome = await screen.findByTestId('pay-selected-outcome');
    expect(outcome).toHaveTextContent('Payments sent for 3 orders — waiting for the chain.');
    expect(within(outcome).getByRole('link', { name: '#3' })).toHaveAttribute('href', '/orders/3');
    expect(outcome).toHaveTextContent('1 order was left out:');
    expect(within(outcome).getByRole('listitem')).toHaveTextContent('#3 no longer awaits payment');
    expect(sent.map((batch) => batch.orderIds)).toEqual([[1, 2], [4]]);
    expect(sent[0]?.messages.map((m) => [m.amountNano, m.comment])).toEqual([
      ['100000000', 'STARS-1'],
      ['200000000', 'STARS-2'],
    ]);
    expect(calls.filter((c) => c.url.startsWith('/api/v1/orders/')).map((c) => c.url)).toEqual(
      expect.arrayContaining(['/api/v1/orders/1', '/api/v1/orders/2', '/api/v1/orders/3', '/api/v1/orders/4']),
    );
    await waitFor(() =>
      expect(calls.filter((c) => c.url === '/workspace/audit/payment').map((c) => c.body)).toEqual([
        { kind: 'order', amount_nano: '300000000', messages: 2, order_ids: '1,2' },
        { kind: 'order', amount_nano: '418000000', messages: 1, order_id: 4 },
      ]),
    );
    expect(onPaid).toHaveBeenCalledWith([1, 2, 4]);
  });

  it('stops at a declined confirmation and says what was sent before it; a second pick skips what was sent', async () => {
    api();
    wallet.declineOn = 2;
    const onPaid = show();
    await userEvent.click(screen.getByRole('button', { name: 'Pay 4 orders with Test Wallet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You declined in your wallet. Payments for 2 orders were sent before that.',
    );
    expect(onPaid).toHaveBeenCalledWith([1, 2]);
    await userEvent.click(screen.getByRole('button', { name: 'Pay 4 orders with Test Wallet' }));
    const outcome = await screen.findByText(/Payment sent for 1 order/);
    expect(outcome).toBeVisible();
    expect(sent.at(-1)?.orderIds).toEqual([4]);
    expect(screen.getByTestId('pay-selected-outcome')).toHaveTextContent(
      '#1 a payment was already sent from this browser — to pay again, use its own page',
    );
  });

  it('in the sandbox, sends the same exact messages to the simulated chain without a wallet, as one audited payment', async () => {
    const { calls } = api();
    const onPaid = show(vi.fn(), true);
    await userEvent.click(screen.getByRole('button', { name: 'Simulate the payments (sandbox)' }));
    expect(await screen.findByText('Payments sent for 3 orders — waiting for the chain.')).toBeVisible();
    const transfers = calls.filter((c) => c.url === '/sandbox/transfers').map((c) => c.body);
    expect(transfers).toEqual([
      expect.objectContaining({ amount: '100000000', address: sourceExampleOrder.payment_address }),
      expect.objectContaining({ amount: '200000000' }),
      expect.objectContaining({ amount: '418000000' }),
    ]);
    expect(sent).toEqual([]);
    await waitFor(() =>
      expect(calls.filter((c) => c.url === '/workspace/audit/payment').map((c) => c.body)).toEqual([
        { kind: 'order', amount_nano: '718000000', messages: 3, order_ids: '1,2,4' },
      ]),
    );
    expect(onPaid).toHaveBeenCalledWith([1, 2, 4]);
  });
});
