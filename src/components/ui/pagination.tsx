import { PAGE_SIZES } from '@contract';
import { useId } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { Button } from './button';

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/** One line even on a phone: "1–20 of 143", rows per page, previous / next as icon buttons. */
export function Pagination({ page, pageSize, total, onPage, onPageSize }: PaginationProps) {
  const t = useT();
  const f = useFormat();
  const pages = pageCount(total, pageSize);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t('orders.pagination.label')} className="flex items-center justify-between gap-2 text-sm">
      <p className="whitespace-nowrap tabular-nums">
        {t('orders.pagination.range', { first: f.integer(first), last: f.integer(last), total: f.integer(total) })}
      </p>
      <div className="flex items-center gap-2">
        <PageSize value={pageSize} onChange={onPageSize} />
        <span className="whitespace-nowrap text-muted max-sm:sr-only">
          {t('orders.pagination.page', { page: f.integer(page), pages: f.integer(pages) })}
        </span>
        <Button
          variant="secondary"
          className="px-2 disabled:opacity-40"
          aria-label={t('orders.pagination.previous')}
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          <Chevron direction="left" />
        </Button>
        <Button
          variant="secondary"
          className="px-2 disabled:opacity-40"
          aria-label={t('orders.pagination.next')}
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          <Chevron direction="right" />
        </Button>
      </div>
    </nav>
  );
}

function PageSize({ value, onChange }: { value: number; onChange: (size: number) => void }) {
  const t = useT();
  const id = useId();
  return (
    <span className="flex items-center gap-1">
      <label htmlFor={id} className="whitespace-nowrap text-muted max-md:sr-only">
        {t('orders.pagination.rows')}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className="rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm"
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </span>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
      <path d={direction === 'left' ? 'M12.5 15 7.5 10l5-5' : 'm7.5 15 5-5-5-5'} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
