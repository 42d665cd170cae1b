import type { Order } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { orderAuthorQueries } from '@/api/order-authors';
import { Skeleton } from '@/components/ui/skeleton';
import { zoneLabel } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { useInternalLinks } from '@/lib/use-internal-links';
import { maxDecimals } from '../price-decimals';
import { OrderRow } from './order-row';
import { SelectAllOrders } from './select-order';

// Cell and row styles are set once on the table, by column (not repeated on every cell): the server-rendered
// page stays light. Below `md` the same markup lays out as cards (one grid per row), so there is one list to
// render and hydrate. Columns: 1 id, 2 created, 3 type, 4 amount, 5 recipient, 6 price, 7 status, 8 reference, 9 memo,
// 10 created by (who in the workspace made it through the dashboard; fetched once per page, after hydration).
const tableClass = [
  'w-full text-sm max-md:block md:[&_td]:px-3 md:[&_td]:py-2 md:[&_td]:align-top',
  '[&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-medium',
  '[&_td:nth-child(2)]:whitespace-nowrap [&_td:nth-child(4)]:whitespace-nowrap [&_td:nth-child(6)]:text-right',
  '[&_td:nth-child(8)]:max-w-40 [&_td:nth-child(8)]:truncate [&_td:nth-child(9)]:font-mono [&_td:nth-child(9)]:text-xs',
].join(' ');
const bodyClass = [
  'max-md:grid max-md:gap-2 md:divide-y md:divide-line [&>tr]:relative [&>tr:hover]:bg-subtle',
  'max-md:[&>tr]:grid max-md:[&>tr]:grid-cols-[1fr_auto] max-md:[&>tr]:items-center max-md:[&>tr]:gap-x-3 max-md:[&>tr]:gap-y-1.5',
  'max-md:[&>tr]:rounded-lg max-md:[&>tr]:border max-md:[&>tr]:border-line max-md:[&>tr]:bg-surface max-md:[&>tr]:p-3',
  // On a phone: status and time, then product and price, then recipient and id; type, reference and memo hidden.
  'max-md:[&_td:nth-child(7)]:row-start-1 max-md:[&_td:nth-child(7)]:col-start-1',
  'max-md:[&_td:nth-child(2)]:row-start-1 max-md:[&_td:nth-child(2)]:col-start-2 max-md:[&_td:nth-child(2)]:text-right max-md:[&_td:nth-child(2)]:text-muted',
  'max-md:[&_td:nth-child(4)]:row-start-2 max-md:[&_td:nth-child(4)]:col-start-1 max-md:[&_td:nth-child(4)]:font-medium',
  'max-md:[&_td:nth-child(6)]:row-start-2 max-md:[&_td:nth-child(6)]:col-start-2',
  'max-md:[&_td:nth-child(5)]:row-start-3 max-md:[&_td:nth-child(5)]:col-start-1 max-md:[&_td:nth-child(5)]:truncate max-md:[&_td:nth-child(5)]:text-muted',
  'max-md:[&_td:nth-child(1)]:row-start-3 max-md:[&_td:nth-child(1)]:col-start-2 max-md:[&_td:nth-child(1)]:text-right',
  'max-md:[&_td:nth-child(3)]:hidden max-md:[&_td:nth-child(8)]:hidden max-md:[&_td:nth-child(9)]:hidden',
  'max-md:[&_td:nth-child(10)]:row-start-4 max-md:[&_td:nth-child(10)]:col-span-2 max-md:[&_td:nth-child(10)]:text-muted',
].join(' ');

export function OrdersTable({ orders }: { orders: readonly Order[] }) {
  const followLink = useInternalLinks();
  const t = useT();
  const f = useFormat();
  const decimals = maxDecimals(orders.map((order) => order.price_ton));
  const authors = useQuery(orderAuthorQueries.of(orders.map((order) => order.id))).data;
  // The zone's name at the newest row: the same text on the server and in the browser.
  const zone = zoneLabel(f.timeZone, Date.parse(orders[0]?.created_at ?? '') || 0);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks of the row links (real anchors) to the router.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the anchors are focusable; Enter on a link is a click.
    <div onClick={followLink} className="md:overflow-x-auto md:rounded-lg md:border md:border-line md:bg-surface">
      <SelectAllOrders orders={orders} phone />
      <table className={tableClass}>
        <caption className="sr-only">{t('orders.table.caption')}</caption>
        <thead className="bg-subtle text-ink max-md:hidden">
          <tr>
            <th scope="col" className="whitespace-nowrap">
              <SelectAllOrders orders={orders} />
              {t('orders.col.id')}
            </th>
            <th scope="col" className="whitespace-nowrap">
              {t('orders.col.created', { zone })}
            </th>
            <th scope="col">{t('orders.col.type')}</th>
            <th scope="col">{t('orders.col.amount')}</th>
            <th scope="col">{t('orders.col.recipient')}</th>
            <th scope="col" className="text-right!">
              {t('orders.col.price')}
            </th>
            <th scope="col">{t('orders.col.status')}</th>
            <th scope="col">{t('orders.col.reference')}</th>
            <th scope="col">{t('orders.col.memo')}</th>
            <th scope="col" className="whitespace-nowrap">
              {t('orders.col.createdBy')}
            </th>
          </tr>
        </thead>
        <tbody className={bodyClass}>
          {orders.map((order) => (
            <OrderRow key={order.id} order={order} decimals={decimals} author={authors && (authors[order.id]?.name ?? null)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows on a wide screen, cards on a phone: the shape of what is coming, inside the app shell. */
export function OrdersTableSkeleton({ rows = 8 }: { rows?: number }) {
  const t = useT();
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label={t('orders.loading')}
      className="space-y-2 md:rounded-lg md:border md:border-line md:bg-surface md:p-3"
    >
      <Skeleton className="h-6 max-md:hidden" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-[5.5rem] md:h-7" />
      ))}
    </div>
  );
}
