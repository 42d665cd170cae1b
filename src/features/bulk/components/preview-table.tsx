import { useState } from 'react';
import { Pagination } from '@/components/ui/pagination';
import { useT } from '@/lib/i18n/use-t';
import type { PreviewRow } from '../preview';
import { useRowStateText } from '../use-row-state-text';
import { RowFilter } from './row-filter';
import { bodyClass, headClass, tableClass, wrapClass } from './table-classes';

type Show = 'all' | 'send' | 'attention';
const tone = { ok: 'text-ok', checking: 'text-muted', duplicate: 'text-warn', invalid: 'text-bad', unavailable: 'text-bad' };

/** Every row of the file with its state, a page at a time; "needs attention" narrows to what will not be sent. */
export function PreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const t = useT();
  const stateText = useRowStateText();
  const [show, setShow] = useState<Show>('all');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const shown = rows.filter((row) => show === 'all' || (show === 'send') === row.send);
  const visible = shown.slice((page - 1) * pageSize, page * pageSize);
  const amount = (row: PreviewRow) => {
    const { cells, row: parsed } = row.line;
    if (parsed?.product === 'stars') return t('common.stars', { count: parsed.quantity });
    if (parsed?.product === 'premium') return `${t('common.type.premium')} · ${t('common.months', { count: parsed.months })}`;
    return [cells.product, cells.quantity || cells.months].filter(Boolean).join(' · ');
  };
  return (
    <div className="space-y-3">
      <RowFilter
        label={t('bulk.show.label')}
        value={show}
        onChange={(next) => {
          setShow(next);
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('bulk.show.all') },
          { value: 'send', label: t('bulk.show.send') },
          { value: 'attention', label: t('bulk.show.attention') },
        ]}
      />
      <div className={wrapClass}>
        <table className={tableClass}>
          <caption className="sr-only">{t('bulk.preview.caption')}</caption>
          <thead className={headClass}>
            <tr>
              <th scope="col">{t('bulk.col.line')}</th>
              <th scope="col">{t('bulk.col.recipient')}</th>
              <th scope="col">{t('bulk.col.order')}</th>
              <th scope="col" className="max-md:hidden">
                {t('bulk.col.reference')}
              </th>
              <th scope="col">{t('bulk.col.state')}</th>
            </tr>
          </thead>
          <tbody className={bodyClass}>
            {visible.map((row) => (
              <tr key={row.line.line} data-testid="bulk-preview-row">
                <td className="tabular-nums text-muted">{row.line.line}</td>
                <td className="break-words font-medium md:font-normal">{row.line.cells.recipient || '—'}</td>
                <td className="whitespace-nowrap">{amount(row)}</td>
                <td className="max-w-40 truncate max-md:hidden">{row.line.cells.client_reference || '—'}</td>
                <td className={tone[row.state.kind]}>{stateText(row.state)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page}
        pageSize={pageSize}
        total={shown.length}
        onPage={setPage}
        onPageSize={(size) => {
          setPageSize(size);
          setPage(1);
        }}
      />
    </div>
  );
}
