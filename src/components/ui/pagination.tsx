import { formatInteger } from '@/lib/format';
import { Button } from './button';

export const PAGE_SIZES = [20, 50, 100] as const;

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

export function Pagination({ page, pageSize, total, onPage, onPageSize }: PaginationProps) {
  const pages = pageCount(total, pageSize);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p>
        {formatInteger(first)}–{formatInteger(last)} of {formatInteger(total)}
      </p>
      <div className="flex items-center gap-2">
        <PageSizes value={pageSize} onChange={onPageSize} />
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </Button>
        <span aria-current="page">
          Page {formatInteger(page)} of {formatInteger(pages)}
        </span>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next
        </Button>
      </div>
    </nav>
  );
}

/** Three buttons rather than a select: one click, all choices visible, and cheap for the browser to build. */
function PageSizes({ value, onChange }: { value: number; onChange: (size: number) => void }) {
  return (
    <fieldset className="flex items-center gap-1">
      <legend className="float-left mr-1">Rows per page</legend>
      {PAGE_SIZES.map((size) => (
        <button
          key={size}
          type="button"
          aria-pressed={size === value}
          onClick={() => size !== value && onChange(size)}
          className="rounded-md border border-slate-300 px-2 py-1 aria-pressed:bg-slate-900 aria-pressed:text-white dark:border-slate-600 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
        >
          {size}
        </button>
      ))}
    </fieldset>
  );
}
