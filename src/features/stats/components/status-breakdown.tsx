import type { StatsSummary } from '@contract';
import { useStatusLabel } from '@/lib/i18n/use-status-label';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { statusBreakdown } from '../shape';

export function StatusBreakdown({ byStatus }: { byStatus: StatsSummary['by_status'] }) {
  const t = useT();
  const f = useFormat();
  const statusLabel = useStatusLabel();
  return (
    <section aria-labelledby="status-heading" className="space-y-2">
      <h2 id="status-heading" className="font-semibold">
        {t('stats.status.heading')}
      </h2>
      <ul className="space-y-1">
        {statusBreakdown(byStatus).map((row) => (
          <li key={row.status} className="grid grid-cols-[minmax(6rem,10rem)_1fr_4rem] items-center gap-2 text-sm">
            <span>{statusLabel(row.status)}</span>
            <span aria-hidden="true" className="h-3 rounded bg-accent" style={{ width: `${Math.max(1, row.share * 100)}%` }} />
            <span className="text-right tabular-nums" data-testid={`status-count-${row.status}`}>
              {f.integer(row.count)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
