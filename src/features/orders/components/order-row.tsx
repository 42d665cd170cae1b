import type { Order } from '@contract';
import { Ton } from '@/components/ui/money';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { useOrderAmount } from './order-amount';
import { SelectOrder } from './select-order';
import { StatusBadge } from './status-badge';

/** Who made the order through the dashboard: a name, `null` for none (made elsewhere), `undefined` while asked. */
type OrderAuthor = string | null | undefined;

/**
 * One order (its cells are styled by column from the table: see orders-table.tsx). Its id is the row's one link, stretched over the whole row (or card): a click anywhere opens
 * the order, while keyboard and screen-reader users meet a single, named link per order.
 */
export function OrderRow({ order, decimals, author }: { order: Order; decimals: number; author: OrderAuthor }) {
  const t = useT();
  const amount = useOrderAmount();
  return (
    <tr data-testid="order-row">
      <td>
        <SelectOrder order={order} />
        <a
          href={`/orders/${order.id}`}
          className="font-medium text-accent underline-offset-2 after:absolute after:inset-0 after:content-[''] hover:underline"
        >
          {`#${order.id}`}
        </a>
      </td>
      <td>
        <Time iso={order.created_at} />
      </td>
      <td>{t(order.order_type === 'premium' ? 'common.type.premium' : 'common.type.stars')}</td>
      <td>{amount(order)}</td>
      <td>{`@${order.recipient_username}`}</td>
      <td>
        <Ton value={order.price_ton} decimals={decimals} />
      </td>
      <td>
        <StatusBadge status={order.status} />
      </td>
      <td title={order.client_reference ?? undefined}>{order.client_reference ?? '—'}</td>
      <td>{order.payment_memo}</td>
      <td className={author ? undefined : 'max-md:hidden'}>
        {author ? (
          <>
            <span className="md:hidden">{t('orders.createdBy', { name: author })}</span>
            <span className="max-md:hidden">{author}</span>
          </>
        ) : (
          author === null && '—'
        )}
      </td>
    </tr>
  );
}
