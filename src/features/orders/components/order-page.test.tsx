import type { Order } from '@contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { sourceExampleOrder } from '../../../../contract/fixtures';
import { OrderPage } from './order-page';

const future = { expires_at: '2099-01-01T00:15:00Z', created_at: '2099-01-01T00:00:00Z' };
const settled = {
  paid_at: '2026-04-16T12:03:00Z',
  payment_tx_hash: 'f0e1d2c3b4a5',
  payment_method: 'ton_memo',
};

function show(order: Order, { sandbox = true } = {}) {
  fakeApi({ [`GET /api/v1/orders/${order.id}`]: () => ({ data: order }) });
  return renderWithApp(<OrderPage sandbox={sandbox} canCancel />, { path: `/o/${order.id}`, route: '/o/:id' });
}

afterEach(() => vi.unstubAllGlobals());

describe('order page', () => {
  it('shows a skeleton of the page while the order loads, then the order under its own heading', async () => {
    show({ ...sourceExampleOrder, ...future });
    expect(screen.getByRole('status', { name: 'Loading order #10421…' })).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #10421' })).toBeVisible();
    expect(document.title).toContain('Order #10421');
  });

  it('says who created the order when it was made through the dashboard', async () => {
    const { calls } = fakeApi({
      [`GET /api/v1/orders/${sourceExampleOrder.id}`]: () => ({ data: { ...sourceExampleOrder, ...future } }),
      'GET /workspace/order-authors?ids=10421': () => ({ data: { '10421': { member_id: 'm-op', name: 'Oskar Operator' } } }),
    });
    renderWithApp(<OrderPage sandbox canCancel />, { path: `/o/${sourceExampleOrder.id}`, route: '/o/:id' });
    const createdBy = await screen.findByText('Created by');
    await waitFor(() => expect(createdBy.nextElementSibling).toHaveTextContent('Oskar Operator'));
    expect(calls.filter((call) => call.url.includes('order-authors'))).toHaveLength(1);
  });

  it('leads a pending order with its payment card: exact amount and copy buttons next to address and memo', async () => {
    show({ ...sourceExampleOrder, ...future });
    expect(await screen.findByTestId('order-banner')).toHaveTextContent(
      'Awaiting payment — pay 0.418 TON before 2099-01-01 00:15',
    );
    const card = screen.getByRole('region', { name: 'Pay this order' });
    expect(within(card).getByTestId('pay-amount')).toHaveTextContent('0.418 TON');
    expect(within(card).getByRole('button', { name: 'Copy address' })).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Copy comment (memo)' })).toBeVisible();
    expect(screen.getByText('Expires')).toBeVisible();
  });

  it('says a refunded order failed, in red, with the reason as a sentence and the refund on the balance page', async () => {
    show({ ...sourceExampleOrder, ...settled, status: 'refunded', failure_reason: 'RECIPIENT_REJECTED' });
    const banner = await screen.findByTestId('order-banner');
    expect(banner).toHaveTextContent('Delivery failed — 0.418 TON refunded to your balance');
    expect(banner).toHaveClass('text-bad');
    expect(within(banner).getByRole('link', { name: 'See it in your balance transactions' })).toHaveAttribute(
      'href',
      '/balance?type=refund',
    );
    const timeline = screen.getByRole('list', { name: 'Status timeline' });
    expect(within(timeline).getByText('Delivery failed')).toHaveClass('text-bad');
    expect(within(timeline).getByText('Telegram did not accept the delivery to this recipient.')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Pay this order' })).toBeNull();
    expect(screen.queryByText('Expires')).toBeNull();
    expect(screen.queryByText(sourceExampleOrder.payment_address)).toBeNull();
  });

  it('shows a sandbox transaction as a plain, copyable hash and links it to Tonviewer only upstream', async () => {
    show({ ...sourceExampleOrder, ...settled, status: 'completed', completed_at: '2026-04-16T12:05:00Z' });
    expect(await screen.findByTestId('payment-tx')).toHaveTextContent('f0e1d2c3b4a5');
    expect(screen.getByRole('button', { name: 'Copy transaction hash' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'View on Tonviewer' })).toBeNull();
    expect(screen.getByTestId('order-banner')).toHaveTextContent('Delivered — 100 stars to @pandus');
  });

  it('links an upstream transaction to Tonviewer', async () => {
    show({ ...sourceExampleOrder, ...settled, status: 'paid' }, { sandbox: false });
    expect(await screen.findByRole('link', { name: 'View on Tonviewer' })).toHaveAttribute(
      'href',
      'https://tonviewer.com/transaction/f0e1d2c3b4a5',
    );
  });

  it('never shows an expired order’s address, memo or payment card', async () => {
    show({ ...sourceExampleOrder, status: 'expired' });
    expect(await screen.findByTestId('order-banner')).toHaveTextContent('Expired — no payment is possible');
    expect(screen.queryByText(sourceExampleOrder.payment_memo)).toBeNull();
    expect(screen.queryByText(sourceExampleOrder.payment_address)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it('asks before cancelling in a modal that Escape closes, giving focus back to the button', async () => {
    const user = userEvent.setup();
    let order: Order = { ...sourceExampleOrder, ...future };
    const api = fakeApi({
      [`GET /api/v1/orders/${order.id}`]: () => ({ data: order }),
      [`POST /api/v1/orders/${order.id}/cancel`]: () => {
        order = { ...order, status: 'cancelled' };
        return { data: order };
      },
    });
    renderWithApp(<OrderPage sandbox canCancel />, { path: `/o/${order.id}`, route: '/o/:id' });
    const cancel = await screen.findByRole('button', { name: 'Cancel order' });
    await user.click(cancel);
    const dialog = screen.getByRole('dialog', { name: 'Cancel order #10421?' });
    expect(dialog).toContainElement(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(cancel).toHaveFocus();
    await user.click(cancel);
    await user.click(screen.getByRole('button', { name: 'Yes, cancel order' }));
    await waitFor(() => expect(screen.getByTestId('order-banner')).toHaveTextContent('Cancelled'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });
});
