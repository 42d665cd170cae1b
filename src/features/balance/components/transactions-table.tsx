import type { BalanceTransaction } from '@contract';
import { Link } from 'react-router';
import { Time } from '@/components/ui/time';
import { formatTon } from '@/lib/format';

const TYPE_LABEL: Record<string, string> = {
  topup: 'Top-up',
  order_debit: 'Order payment',
  refund: 'Refund',
  adjustment: 'Adjustment',
};
// Cell styles are set once on the table, as in the orders table.
const tableClass = 'min-w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-medium';
const HEADERS: [string, string?][] = [
  ['Date'],
  ['Type'],
  ['Amount TON', 'text-right!'],
  ['Balance after', 'text-right!'],
  ['Order'],
  ['Transaction'],
];

export function TransactionsTable({ items }: { items: readonly BalanceTransaction[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className={tableClass}>
        <caption className="sr-only">Balance transactions, newest first</caption>
        <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            {HEADERS.map(([label, align]) => (
              <th key={label} scope="col" className={align}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((tx) => (
            <tr key={tx.id} data-testid="transaction-row">
              <td className="whitespace-nowrap">
                <Time iso={tx.created_at} />
              </td>
              <td>{TYPE_LABEL[tx.type] ?? tx.type}</td>
              <td
                className={`text-right font-mono tabular-nums ${tx.amount_ton < 0 ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}
              >
                {tx.amount_ton > 0 ? '+' : ''}
                {formatTon(tx.amount_ton)}
              </td>
              <td className="text-right font-mono tabular-nums">{formatTon(tx.balance_after_ton)}</td>
              <td>
                {tx.order_id != null ? (
                  <Link className="underline" to={`/orders/${tx.order_id}`}>
                    #{tx.order_id}
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td className="max-w-48 truncate font-mono text-xs" title={tx.tx_hash ?? undefined}>
                {tx.tx_hash ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
