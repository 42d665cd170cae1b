import type { BalanceTransaction, Session } from '@contract';
import { Ton } from '@/components/ui/money';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { columnDecimals } from '../money';
import { OrderLink, SignedAmount, TxHash, TypeLabel } from './transaction-parts';

// Cell styles are set once on the table, as in the orders table.
const tableClass =
  'min-w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-medium [&_th]:whitespace-nowrap';
const HEADERS = [
  ['balance.tx.col.time'],
  ['balance.tx.col.type'],
  ['balance.tx.col.amount', 'text-right!'],
  ['balance.tx.col.balanceAfter', 'text-right!'],
  ['balance.tx.col.order'],
  ['balance.tx.col.transaction'],
] as const;

/** Transactions as a table (768 px and wider); amounts right-aligned with their decimal marks in line. */
export function TransactionsTable({ items, mode }: { items: readonly BalanceTransaction[]; mode: Session['mode'] | undefined }) {
  const t = useT();
  const amountDecimals = columnDecimals(items.map((tx) => tx.amount_ton));
  const afterDecimals = columnDecimals(items.map((tx) => tx.balance_after_ton));
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-line bg-surface md:block">
      <table className={tableClass}>
        <caption className="sr-only">{t('balance.tx.caption')}</caption>
        <thead className="bg-subtle text-muted">
          <tr>
            {HEADERS.map(([id, align]) => (
              <th key={id} scope="col" className={align}>
                {t(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {items.map((tx) => (
            <tr key={tx.id} data-testid="transaction-row">
              <td className="whitespace-nowrap">
                <Time iso={tx.created_at} />
              </td>
              <td>
                <TypeLabel type={tx.type} />
              </td>
              <td className="text-right">
                <SignedAmount amount={tx.amount_ton} decimals={amountDecimals} />
              </td>
              <td className="text-right">
                <Ton value={tx.balance_after_ton} decimals={afterDecimals} />
              </td>
              <td>
                <OrderLink id={tx.order_id} />
              </td>
              <td>
                <TxHash hash={tx.tx_hash} mode={mode} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
