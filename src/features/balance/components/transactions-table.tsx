import type { BalanceTransaction } from '@contract';
import { Link } from 'react-router';
import { formatDateTime, formatTon } from '@/lib/format';

const TYPE_LABEL: Record<string, string> = {
  topup: 'Top-up',
  order_debit: 'Order payment',
  refund: 'Refund',
  adjustment: 'Adjustment',
};
const th = 'px-3 py-2 text-left font-medium';
const td = 'px-3 py-2';

export function TransactionsTable({ items }: { items: readonly BalanceTransaction[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Balance transactions, newest first</caption>
        <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            <th scope="col" className={th}>
              Date
            </th>
            <th scope="col" className={th}>
              Type
            </th>
            <th scope="col" className={`${th} text-right`}>
              Amount TON
            </th>
            <th scope="col" className={`${th} text-right`}>
              Balance after
            </th>
            <th scope="col" className={th}>
              Order
            </th>
            <th scope="col" className={th}>
              Transaction
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((tx) => (
            <tr key={tx.id} data-testid="transaction-row">
              <td className={`${td} whitespace-nowrap`}>{formatDateTime(tx.created_at)}</td>
              <td className={td}>{TYPE_LABEL[tx.type] ?? tx.type}</td>
              <td
                className={`${td} text-right font-mono tabular-nums ${tx.amount_ton < 0 ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}
              >
                {tx.amount_ton > 0 ? '+' : ''}
                {formatTon(tx.amount_ton)}
              </td>
              <td className={`${td} text-right font-mono tabular-nums`}>{formatTon(tx.balance_after_ton)}</td>
              <td className={td}>
                {tx.order_id != null ? (
                  <Link className="underline" to={`/orders/${tx.order_id}`}>
                    #{tx.order_id}
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td className={`${td} max-w-48 truncate font-mono text-xs`} title={tx.tx_hash ?? undefined}>
                {tx.tx_hash ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
