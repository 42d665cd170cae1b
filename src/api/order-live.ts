import { liveStatuses, type Order } from '@contract';

/** Still moving by itself: paid/processing always; pending only until it expires. */
export function isLive(order: Order, now = Date.now()): boolean {
  if (!liveStatuses.includes(order.status)) return false;
  return order.status !== 'pending_payment' || Date.parse(order.expires_at) > now - 2000;
}

/** Poll every 2.5 s while anything shown is live; stop once everything has settled. */
export function liveInterval(orders: readonly Order[] | undefined): number | false {
  return orders?.some((order) => isLive(order)) ? 2500 : false;
}
