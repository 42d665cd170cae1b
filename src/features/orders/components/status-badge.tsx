import { useStatusLabel } from '@/lib/i18n/use-status-label';

const tones: Record<string, string> = {
  pending_payment: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  paid: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  processing: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100',
  completed: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  failed: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
  refunded: 'bg-purple-100 text-purple-900 dark:bg-purple-900 dark:text-purple-100',
};
const neutral = 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100';

/** Any status string is shown, including ones this dashboard does not know yet. */
export function StatusBadge({ status }: { status: string }) {
  const statusLabel = useStatusLabel();
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${tones[status] ?? neutral}`}>
      {statusLabel(status)}
    </span>
  );
}
