import type { Order } from '@contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { orderAuthorQueries } from '@/api/order-authors';
import { CopyButton } from '@/components/ui/copy-button';
import { Ton } from '@/components/ui/money';
import { Time } from '@/components/ui/time';
import { type Translate, useT } from '@/lib/i18n/use-t';
import type { MessageId } from '@/locales/compiled/message-id';

const METHODS = new Map<string, MessageId>([
  ['balance', 'order.method.balance'],
  ['ton_memo', 'order.method.ton_memo'],
]);

/** The payment transaction: on the simulated chain a plain, copyable hash; upstream, a link to Tonviewer. */
function Transaction({ hash, sandbox }: { hash: string; sandbox: boolean }) {
  const t = useT();
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-2">
      <span className="min-w-0 break-all font-mono" data-testid="payment-tx">
        {hash}
      </span>
      <CopyButton value={hash} label={t('order.details.txCopy')} />
      {!sandbox && (
        <a className="text-accent underline" href={`https://tonviewer.com/transaction/${hash}`} target="_blank" rel="noreferrer">
          {t('order.details.txView')}
        </a>
      )}
    </span>
  );
}

function amountOf(order: Order, t: Translate): string {
  if (order.order_type === 'premium' && order.premium_months != null) return t('common.months', { count: order.premium_months });
  if (order.stars_amount != null) return t('common.stars', { count: order.stars_amount });
  return t('common.notAvailable');
}

function typeOf(order: Order, t: Translate): string {
  return order.order_type === 'stars' || order.order_type === 'premium' ? t(`common.type.${order.order_type}`) : order.order_type;
}

/**
 * The fields that apply to the order's state, in reading order: no payment address or memo before it is
 * paid (the payment card has them while it can be paid), no expiry once it cannot be paid any more.
 */
function orderFields(order: Order, t: Translate, sandbox: boolean, author: string | undefined): [string, ReactNode][] {
  const method = order.payment_method ? METHODS.get(order.payment_method) : undefined;
  const fields: [string, ReactNode | null | undefined][] = [
    [t('order.details.type'), typeOf(order, t)],
    [t('order.details.amount'), amountOf(order, t)],
    [t('order.details.recipient'), `@${order.recipient_username}`],
    [t('order.details.price'), <Ton key="price" value={order.price_ton} />],
    [t('order.details.method'), method ? t(method) : order.payment_method],
    [t('order.details.reference'), order.client_reference],
    [t('order.details.created'), <Time key="created" iso={order.created_at} />],
    [t('order.details.createdBy'), author],
    [t('order.details.expires'), order.status === 'pending_payment' && <Time key="expires" iso={order.expires_at} />],
    [t('order.details.paid'), order.paid_at && <Time key="paid" iso={order.paid_at} />],
    [t('order.details.completed'), order.completed_at && <Time key="completed" iso={order.completed_at} />],
    [t('order.details.memo'), order.paid_at && <span className="font-mono">{order.payment_memo}</span>],
    [t('order.details.tx'), order.payment_tx_hash && <Transaction hash={order.payment_tx_hash} sandbox={sandbox} />],
  ];
  return fields.filter(
    (field): field is [string, ReactNode] => field[1] !== null && field[1] !== undefined && field[1] !== false && field[1] !== '',
  );
}

export function OrderDetails({ order, sandbox }: { order: Order; sandbox: boolean }) {
  const t = useT();
  // Who in the workspace made it through the dashboard (orders made straight through the API have no author).
  const author = useQuery(orderAuthorQueries.of([order.id])).data?.[order.id]?.name;
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading" className="mb-2 text-lg font-semibold">
        {t('order.details.heading')}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-lg border border-line bg-surface p-4 text-sm sm:grid-cols-[12rem_1fr] sm:gap-y-2 [&>div:first-child>dt]:mt-0">
        {orderFields(order, t, sandbox, author).map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted max-sm:mt-2 max-sm:text-xs">{label}</dt>
            <dd className="min-w-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
