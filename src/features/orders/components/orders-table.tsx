import type { Order } from '@contract';
import { Time } from '@/components/ui/time';
import { formatInteger, formatTon } from '@/lib/format';
import { useInternalLinks } from '@/lib/use-internal-links';
import { StatusBadge } from './status-badge';

export function orderAmount(order: Order): string {
  if (order.order_type === 'premium' && order.premium_months != null) return `${order.premium_months} months`;
  if (order.stars_amount != null) return `${formatInteger(order.stars_amount)} Stars`;
  return '—';
}

// Cell styles are set once on the table (not repeated on every cell): the server-rendered page stays light.
const tableClass =
  'min-w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-medium';

export function OrdersTable({ orders }: { orders: readonly Order[] }) {
  const followLink = useInternalLinks();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks of the row links (real anchors) to the router.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the anchors are focusable; Enter on a link is a click.
    <div
      onClick={followLink}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <table className={tableClass}>
        <caption className="sr-only">Orders, newest first</caption>
        <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Created</th>
            <th scope="col">Type</th>
            <th scope="col">Amount</th>
            <th scope="col">Recipient</th>
            <th scope="col" className="text-right!">
              Price TON
            </th>
            <th scope="col">Status</th>
            <th scope="col">Reference</th>
            <th scope="col">Memo</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {orders.map((order) => (
            <tr key={order.id} data-testid="order-row">
              <td>
                <a
                  href={`/orders/${order.id}`}
                  className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-sky-300"
                >
                  {`#${order.id}`}
                </a>
              </td>
              <td className="whitespace-nowrap">
                <Time iso={order.created_at} />
              </td>
              <td className="capitalize">{order.order_type}</td>
              <td className="whitespace-nowrap">{orderAmount(order)}</td>
              <td>{`@${order.recipient_username}`}</td>
              <td className="text-right font-mono tabular-nums">{formatTon(order.price_ton)}</td>
              <td>
                <StatusBadge status={order.status} />
              </td>
              <td className="max-w-40 truncate" title={order.client_reference ?? undefined}>
                {order.client_reference ?? '—'}
              </td>
              <td className="font-mono text-xs">{order.payment_memo}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OrdersTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading orders"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-6 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      ))}
    </div>
  );
}
