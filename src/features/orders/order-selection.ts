import type { Order } from '@contract';
import { createContext, useState } from 'react';

/**
 * Orders picked in a list to pay together. Only orders awaiting a TON transfer can be picked; whether each is
 * still payable (unexpired, still pending) is decided again when paying, from the order as it is then.
 */
export function isSelectable(order: Order): boolean {
  return order.status === 'pending_payment' && (order.payment_method ?? 'ton_memo') === 'ton_memo';
}

/** The selection with `orders` picked (`on`) or dropped; orders that cannot be picked are ignored. */
export function withOrders(selected: ReadonlyMap<number, Order>, orders: readonly Order[], on: boolean): Map<number, Order> {
  const next = new Map(selected);
  for (const order of orders) {
    if (on && isSelectable(order)) next.set(order.id, order);
    else if (!on) next.delete(order.id);
  }
  return next;
}

/** What a row needs to draw its checkbox; null in a list without selection (roles that cannot pay). */
export interface OrderSelection {
  selected: ReadonlyMap<number, Order>;
  toggle: (orders: readonly Order[], on: boolean) => void;
}
export const OrderSelectionContext = createContext<OrderSelection | null>(null);

export function useOrderSelection() {
  const [selected, setSelected] = useState<ReadonlyMap<number, Order>>(() => new Map());
  // Once something was picked, the payment bar stays (it reports what happened after the paid orders leave).
  const [used, setUsed] = useState(false);
  return {
    selected,
    used,
    toggle: (orders: readonly Order[], on: boolean) => {
      setUsed(true);
      setSelected((current) => withOrders(current, orders, on));
    },
    drop: (ids: readonly number[]) =>
      setSelected((current) =>
        withOrders(
          current,
          ids.flatMap((id) => current.get(id) ?? []),
          false,
        ),
      ),
    clear: () => setSelected(new Map()),
  };
}
