import type { Order } from '@contract';
import type { ReactNode } from 'react';
import { Time } from '@/components/ui/time';
import { formatTon } from '@/lib/format';
import { orderAmount } from './orders-table';

const methodLabels: Record<string, string> = { balance: 'Partner balance', ton_memo: 'TON transfer with memo' };

function mono(value: string, wrap = false) {
  return (
    <span key={value} className={wrap ? 'break-all font-mono' : 'font-mono'}>
      {value}
    </span>
  );
}

function txLink(hash: string | null | undefined): ReactNode {
  if (!hash) return '—';
  return (
    <a
      className="break-all font-mono underline"
      href={`https://tonviewer.com/transaction/${hash}`}
      target="_blank"
      rel="noreferrer"
    >
      {hash}
    </a>
  );
}

/** Every field of an order as label/value pairs, in reading order. */
export function orderFields(order: Order): [string, ReactNode][] {
  const fields: [string, ReactNode][] = [
    [
      'Type',
      <span key="type" className="capitalize">
        {order.order_type}
      </span>,
    ],
    ['Amount', orderAmount(order)],
    ['Recipient', `@${order.recipient_username}`],
    ['Price', mono(`${formatTon(order.price_ton)} TON`)],
    ['Payment method', order.payment_method ? (methodLabels[order.payment_method] ?? order.payment_method) : '—'],
    ['Payment memo', mono(order.payment_memo)],
    ['Payment address', mono(order.payment_address, true)],
    ['Client reference', order.client_reference ?? '—'],
    ['Created', <Time key="created" iso={order.created_at} />],
    ['Expires', <Time key="expires" iso={order.expires_at} />],
    ['Paid', <Time key="paid" iso={order.paid_at} />],
    ['Completed', <Time key="completed" iso={order.completed_at} />],
    ['Payment transaction', txLink(order.payment_tx_hash)],
  ];
  if (order.failure_reason) fields.push(['Failure reason', order.failure_reason]);
  return fields;
}

export function OrderDetails({ order }: { order: Order }) {
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading" className="mb-2 font-semibold">
        Details
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[12rem_1fr] dark:border-slate-800 dark:bg-slate-900">
        {orderFields(order).map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
