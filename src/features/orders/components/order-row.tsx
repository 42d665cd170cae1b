import type { Order } from '@contract';
import { Ton } from '@/components/ui/money';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { useOrderAmount } from './order-amount';
import { StatusBadge } from './status-badge';

// On a phone the row is a card: status and time, then product and price, then recipient and id.
const card =
  'relative hover:bg-subtle max-md:grid max-md:grid-cols-[1fr_auto] max-md:items-center max-md:gap-x-3 max-md:gap-y-1.5 max-md:rounded-lg max-md:border max-md:border-line max-md:bg-surface max-md:p-3';
const at = {
  status: 'max-md:row-start-1 max-md:col-start-1',
  created: 'max-md:row-start-1 max-md:col-start-2 max-md:text-right max-md:text-muted',
  amount: 'max-md:row-start-2 max-md:col-start-1 max-md:font-medium',
  price: 'max-md:row-start-2 max-md:col-start-2',
  recipient: 'max-md:row-start-3 max-md:col-start-1 max-md:truncate max-md:text-muted',
  id: 'max-md:row-start-3 max-md:col-start-2 max-md:text-right',
  wideOnly: 'max-md:hidden',
};

/**
 * One order. Its id is the row's one link, stretched over the whole row (or card): a click anywhere opens
 * the order, while keyboard and screen-reader users meet a single, named link per order.
 */
export function OrderRow({ order, decimals }: { order: Order; decimals: number }) {
  const t = useT();
  const amount = useOrderAmount();
  return (
    <tr data-testid="order-row" className={card}>
      <td className={at.id}>
        <a
          href={`/orders/${order.id}`}
          className="font-medium text-accent underline-offset-2 after:absolute after:inset-0 after:content-[''] hover:underline"
        >
          {`#${order.id}`}
        </a>
      </td>
      <td className={`whitespace-nowrap ${at.created}`}>
        <Time iso={order.created_at} />
      </td>
      <td className={at.wideOnly}>{t(order.order_type === 'premium' ? 'common.type.premium' : 'common.type.stars')}</td>
      <td className={`whitespace-nowrap ${at.amount}`}>{amount(order)}</td>
      <td className={at.recipient}>{`@${order.recipient_username}`}</td>
      <td className={`text-right ${at.price}`}>
        <Ton value={order.price_ton} decimals={decimals} />
      </td>
      <td className={at.status}>
        <StatusBadge status={order.status} />
      </td>
      <td className={`max-w-40 truncate ${at.wideOnly}`} title={order.client_reference ?? undefined}>
        {order.client_reference ?? '—'}
      </td>
      <td className={`font-mono text-xs ${at.wideOnly}`}>{order.payment_memo}</td>
    </tr>
  );
}
