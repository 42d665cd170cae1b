import type { BulkRowResult } from '@contract/bulk';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';
import type { PayableRow } from '../payable-rows';
import { ResultRow } from './result-row';
import { bodyClass, box, headClass, tableClass, wrapClass } from './table-classes';

interface ResultsTableProps {
  rows: readonly BulkRowResult[];
  loading: boolean;
  /** The row's order when it can be picked for paying (null: no checkbox). */
  payable: (row: BulkRowResult) => PayableRow | null;
  picked: ReadonlyMap<number, PayableRow>;
  onPick: (rows: PayableRow[], on: boolean) => void;
}

/** One line per row: what it asked for, its state, the order it made (linked) with its memo, or why it failed. */
export function ResultsTable({ rows, loading, payable, picked, onPick }: ResultsTableProps) {
  const t = useT();
  const pickable = rows.flatMap((row) => payable(row) ?? []);
  const all = pickable.length > 0 && pickable.every((item) => picked.has(item.id));
  if (loading) return <Skeleton className="h-40" />;
  return (
    <div className="space-y-2">
      {pickable.length > 0 && (
        <label className="flex items-center text-sm">
          <input type="checkbox" className={box} checked={all} onChange={(event) => onPick(pickable, event.target.checked)} />
          {t('bulk.results.pickAll', { count: pickable.length })}
        </label>
      )}
      <div className={wrapClass}>
        <table className={tableClass}>
          <caption className="sr-only">{t('bulk.results.caption')}</caption>
          <thead className={headClass}>
            <tr>
              <th scope="col" className="whitespace-nowrap">
                {t('bulk.col.row')}
              </th>
              <th scope="col">{t('bulk.col.recipient')}</th>
              <th scope="col">{t('bulk.col.order')}</th>
              <th scope="col">{t('bulk.col.state')}</th>
              <th scope="col">{t('bulk.col.result')}</th>
              <th scope="col" className="max-md:hidden">
                {t('bulk.col.reference')}
              </th>
            </tr>
          </thead>
          <tbody className={bodyClass}>
            {rows.map((row) => (
              <ResultRow key={row.row} row={row} item={payable(row)} picked={picked} onPick={onPick} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
