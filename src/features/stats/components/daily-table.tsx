import { Ton } from '@/components/ui/money';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { ChartPoint } from '../shape';

const cell = 'px-3 py-1 text-right tabular-nums';

/** The chart's figures as a table: its accessible alternative. The scroll box is reachable by keyboard. */
export function DailyTable({ daily }: { daily: readonly ChartPoint[] }) {
  const t = useT();
  const f = useFormat();
  // Decimals of the widest TON amount, so every decimal mark of the column lines up.
  const decimals = Math.max(0, ...daily.map((d) => f.ton(d.spent_ton).match(/\D(\d+)$/)?.[1]?.length ?? 0));
  const headers = [t('stats.orders'), t('stats.completed'), t('common.type.stars'), t('stats.premiumMonths'), t('stats.spent')];
  return (
    <div
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll it by keyboard (axe scrollable-region-focusable)
      tabIndex={0}
      role="region"
      aria-label={t('stats.daily.tableLabel')}
      className="max-h-96 overflow-auto rounded-lg border border-line bg-surface"
    >
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t('stats.daily.heading')}</caption>
        <thead className="sticky top-0 bg-subtle">
          <tr>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-left font-medium">
              {t('stats.daily.date')}
            </th>
            {headers.map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {daily.map((d) => (
            <tr key={d.date} className={`border-t border-line ${d.partial ? 'bg-info-soft' : ''}`}>
              <th scope="row" className="whitespace-nowrap px-3 py-1 text-left font-normal tabular-nums">
                {d.date}
                {d.partial && <span className="ml-2 text-xs text-info">{t('stats.daily.partial')}</span>}
              </th>
              <td className={cell}>{f.integer(d.orders)}</td>
              <td className={cell}>{f.integer(d.completed)}</td>
              <td className={cell}>{f.integer(d.stars)}</td>
              <td className={cell}>{f.integer(d.premium)}</td>
              <td className={cell}>
                <Ton value={d.spent_ton} decimals={decimals} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
