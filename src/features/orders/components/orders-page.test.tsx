import type { Order } from '@contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { sourceExampleOrder } from '../../../../contract/fixtures';
import { OrdersPage } from './orders-page';

afterEach(() => {
  vi.unstubAllGlobals();
});

const orders: Order[] = [
  { ...sourceExampleOrder, id: 7, price_ton: 4.18, stars_amount: 1000, recipient_username: 'pandus' },
  { ...sourceExampleOrder, id: 6, price_ton: 7.57625, order_type: 'premium', premium_months: 6, stars_amount: null },
];

function listApi(items: Order[] = orders, total = items.length) {
  return fakeApi({ 'GET /api/v1/orders?': () => ({ data: { items, total, limit: 20, offset: 0 } }) });
}

describe('OrdersPage', () => {
  it('lists orders with one link each, amounts in words, aligned exact prices and the zone in the header', async () => {
    listApi();
    renderWithApp(<OrdersPage canCreate />, { path: '/orders', route: '/orders' });
    const rows = await screen.findAllByTestId('order-row');
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    if (!first || !second) throw new Error('rows missing');
    expect(within(first).getAllByRole('link')).toHaveLength(1);
    expect(within(first).getByRole('link', { name: '#7' })).toHaveAttribute('href', '/orders/7');
    expect(first).toHaveTextContent('1,000 stars');
    expect(second).toHaveTextContent('6 months');
    // 4.18 is padded with figure spaces to the 5 decimals of 7.57625, so the marks line up.
    expect(first.textContent).toContain('4.18\u2007\u2007\u2007 TON');
    expect(screen.getByRole('columnheader', { name: 'Created (UTC)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New order' })).toHaveAttribute('href', '/orders/new');
  });

  it('says who created each order through the dashboard, asking once for the whole page', async () => {
    const { calls } = fakeApi({
      'GET /api/v1/orders?': () => ({ data: { items: orders, total: 2, limit: 20, offset: 0 } }),
      'GET /workspace/order-authors?': () => ({ data: { '7': { member_id: 'm-op', name: 'Oskar Operator' } } }),
    });
    renderWithApp(<OrdersPage canCreate />, { path: '/orders', route: '/orders' });
    const [first, second] = await screen.findAllByTestId('order-row');
    if (!first || !second) throw new Error('rows missing');
    expect(screen.getByRole('columnheader', { name: 'Created by' })).toBeInTheDocument();
    await vi.waitFor(() => expect(first).toHaveTextContent('Oskar Operator'));
    // On a phone card the name reads as a sentence; an order made outside the dashboard has none.
    expect(within(first).getByText('Created by Oskar Operator')).toHaveClass('md:hidden');
    expect(second.lastElementChild).toHaveTextContent('—');
    expect(calls.filter((call) => call.url.startsWith('/workspace/order-authors')).map((call) => call.url)).toEqual([
      '/workspace/order-authors?ids=6,7',
    ]);
  });

  it('searches a recipient through the list filter, not as a reference', async () => {
    const { calls } = listApi();
    renderWithApp(<OrdersPage canCreate />, { path: '/orders', route: '/orders' });
    await screen.findAllByTestId('order-row');
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Find an order' }), '@pandus{Enter}');
    await vi.waitFor(() => expect(calls.at(-1)?.url).toContain('recipient=pandus'));
    expect(calls.some((call) => call.url.includes('by-reference'))).toBe(false);
    expect(screen.getByRole('searchbox', { name: 'Find an order' })).toHaveValue('@pandus');
  });

  it('offers to clear the filters when a filtered list is empty', async () => {
    const { calls } = listApi([]);
    renderWithApp(<OrdersPage canCreate />, { path: '/orders?status=paid', route: '/orders' });
    const user = userEvent.setup();
    const empty = await screen.findByText('No orders match these filters.');
    await user.click(within(empty.parentElement ?? empty).getByRole('button', { name: 'Clear filters' }));
    await vi.waitFor(() => expect(calls.at(-1)?.url).not.toContain('status='));
  });

  it('a role that may not create orders is offered no New order link, not even by an empty list', async () => {
    listApi([]);
    renderWithApp(<OrdersPage canCreate={false} />, { path: '/orders', route: '/orders' });
    expect(await screen.findByText('No orders yet')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'New order' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Create your first order' })).toBeNull();
  });

  it('pages with a compact range and named icon buttons', async () => {
    listApi(orders, 143);
    renderWithApp(<OrdersPage canCreate />, { path: '/orders', route: '/orders' });
    const nav = await screen.findByRole('navigation', { name: 'Pagination' });
    expect(nav).toHaveTextContent('1–20 of 143');
    expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(within(nav).getByRole('button', { name: 'Next page' })).toBeEnabled();
    expect(within(nav).getByRole('combobox', { name: 'Rows per page' })).toHaveValue('20');
  });
});
