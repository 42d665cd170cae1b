import type { StatsSummary } from '@contract';
import { formatInteger } from '@/lib/format';
import { useStatusLabel } from '@/lib/i18n/use-status-label';
import { statusBreakdown } from '../shape';

export function StatusBreakdown({ byStatus }: { byStatus: StatsSummary['by_status'] }) {
  const statusLabel = useStatusLabel();
  return (
    <section aria-labelledby="status-heading" className="space-y-2">
      <h2 id="status-heading" className="font-semibold">
        Orders by status
      </h2>
      <ul className="space-y-1">
        {statusBreakdown(byStatus).map((row) => (
          <li key={row.status} className="grid grid-cols-[10rem_1fr_5rem] items-center gap-2 text-sm">
            <span>{statusLabel(row.status)}</span>
            <span aria-hidden="true" className="h-3 rounded bg-brand-500" style={{ width: `${Math.max(1, row.share * 100)}%` }} />
            <span className="text-right tabular-nums" data-testid={`status-count-${row.status}`}>
              {formatInteger(row.count)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
