import type { BulkRowResult } from '@contract/bulk';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '@/lib/api-errors';
import { useT } from '@/lib/i18n/use-t';
import { isRowState, rowTone } from '../job-status';
import type { PayableRow } from '../payable-rows';
import { box } from './table-classes';

interface ResultRowProps {
  row: BulkRowResult;
  /** Its order, when it can be picked for paying. */
  item: PayableRow | null;
  picked: ReadonlyMap<number, PayableRow>;
  onPick: (rows: PayableRow[], on: boolean) => void;
}

/** One row of a job: what it asked for, its state, the order it made (linked, with its memo) or why not. */
export function ResultRow({ row, item, picked, onPick }: ResultRowProps) {
  const t = useT();
  // The upstream's code in the partner's language where the dashboard knows it; the server's sentence otherwise.
  const why = row.error_code ? errorMessage(new ApiError(0, row.error_code, row.error ?? row.error_code), t) : row.error;
  return (
    <tr data-testid="bulk-result-row">
      <td className="whitespace-nowrap tabular-nums text-muted">
        {item && (
          <input
            type="checkbox"
            className={box}
            checked={picked.has(item.id)}
            onChange={(event) => onPick([item], event.target.checked)}
            aria-label={t('bulk.results.pick', { row: row.row, id: item.id })}
          />
        )}
        {row.row}
      </td>
      <td className="break-words font-medium md:font-normal">{`@${row.recipient}`}</td>
      <td className="whitespace-nowrap">
        {row.product === 'premium'
          ? `${t('common.type.premium')} · ${t('common.months', { count: row.months ?? 0 })}`
          : t('common.stars', { count: row.quantity ?? 0 })}
      </td>
      <td className={rowTone[row.state] ?? ''}>{isRowState(row.state) ? t(`bulk.rowState.${row.state}`) : row.state}</td>
      <td>
        {row.order_id !== null ? (
          <Link to={`/orders/${row.order_id}`} className="font-medium text-accent underline-offset-2 hover:underline">
            {`#${row.order_id}`}
          </Link>
        ) : (
          <span className={row.state === 'failed' ? 'text-bad' : 'text-muted'}>{why || '—'}</span>
        )}
        {row.payment_memo && <span className="ml-2 font-mono text-xs text-muted">{row.payment_memo}</span>}
      </td>
      <td className="max-w-40 truncate max-md:hidden">{row.client_reference ?? '—'}</td>
    </tr>
  );
}
