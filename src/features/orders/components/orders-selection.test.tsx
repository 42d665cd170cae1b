import type { Order } from '@contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { sourceExampleOrder } from '../../../../contract/fixtures';
import { isSelectable, withOrders } from '../order-selection';
import { OrdersPage } from './orders-page';
import type { PickedOrders } from './pickable-orders';

afterEach(() => vi.unstubAllGlobals());

const pending = (id: number, overrides: Partial<Order> = {}): Order => ({
  ...sourceExampleOrder,
  id,
  payment_method: 'ton_memo',
  ...overrides,
});
const orders = [pending(9), pending(8, { status: 'completed' }), pending(7), pending(6, { payment_method: 'balance' })];

function show(renderPay?: (picked: PickedOrders) => React.ReactNode) {
  fakeApi({
    'GET /api/v1/orders?': () => ({ data: { items: orders, total: orders.length, limit: 20, offset: 0 } }),
    'GET /workspace/order-authors?': () => ({ data: {} }),
  });
  renderWithApp(<OrdersPage canCreate renderPay={renderPay} />, { path: '/orders', route: '/orders' });
}

function PayBar({ orders: picked, clear, drop }: PickedOrders) {
  return (
    <div data-testid="bar">
      <span>{picked.map((order) => order.id).join(',') || 'none'}</span>
      <button type="button" onClick={clear}>
        clear
      </button>
      <button type="button" onClick={() => drop([9])}>
        drop 9
      </button>
    </div>
  );
}

describe('picking orders to pay together', () => {
  it('offers a checkbox only on orders awaiting a TON transfer, and hands the picked ones to the bar', async () => {
    show((picked) => <PayBar {...picked} />);
    const rows = await screen.findAllByTestId('order-row');
    expect(rows.map((row) => within(row).queryAllByRole('checkbox').length)).toEqual([1, 0, 1, 0]);
    expect(screen.queryByTestId('bar')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pick order #7 to pay it with others' }));
    expect(screen.getByTestId('bar')).toHaveTextContent('7');
    // The table header's checkbox (the phone's labelled one is the second: CSS shows one of them at a time).
    const [header] = screen.getAllByRole('checkbox', { name: 'Pick every order awaiting payment on this page (2)' });
    await userEvent.click(header as HTMLElement);
    expect(screen.getByTestId('bar')).toHaveTextContent('7,9');
    expect(screen.getByRole('checkbox', { name: 'Pick order #9 to pay it with others' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'drop 9' }));
    expect(screen.getByTestId('bar')).toHaveTextContent('7');
    expect(screen.getByRole('checkbox', { name: 'Pick order #9 to pay it with others' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'clear' }));
    // The bar stays once used (it may still be saying what happened).
    expect(screen.getByTestId('bar')).toHaveTextContent('none');
  });

  it('on a phone, where the cards have no header row, picks every payable order from a labelled checkbox above them', async () => {
    show((picked) => <PayBar {...picked} />);
    await screen.findAllByTestId('order-row');
    const label = screen.getByText('Pick every order awaiting payment on this page (2)', { selector: 'label' });
    const phone = label instanceof HTMLLabelElement ? label.control : null;
    if (!phone) throw new Error('the label names no checkbox');
    expect(phone.parentElement).toHaveClass('md:hidden');
    await userEvent.click(phone);
    expect(screen.getByTestId('bar')).toHaveTextContent('9,7');
    for (const box of screen.getAllByRole('checkbox', { name: 'Pick every order awaiting payment on this page (2)' })) {
      expect(box).toBeChecked();
    }
    await userEvent.click(phone);
    expect(screen.getByTestId('bar')).toHaveTextContent('none');
  });

  it('has no checkboxes for a role that cannot pay', async () => {
    show();
    await screen.findAllByTestId('order-row');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});

describe('order selection helpers', () => {
  it('picks only pending TON-transfer orders and drops by id', () => {
    expect(orders.map(isSelectable)).toEqual([true, false, true, false]);
    const picked = withOrders(new Map(), orders, true);
    expect([...picked.keys()]).toEqual([9, 7]);
    expect([...withOrders(picked, [pending(9)], false).keys()]).toEqual([7]);
  });
});
