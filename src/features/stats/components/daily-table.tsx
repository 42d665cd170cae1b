import type { DailyStats } from '@contract';
import { formatInteger, formatTon } from '@/lib/format';

/** The chart's figures as a table: its accessible alternative. */
export function DailyTable({ daily }: { daily: readonly DailyStats[] }) {
  return (
    <div className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Daily orders and TON spent</caption>
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            {['Date', 'Orders', 'Completed', 'Stars', 'Premium months', 'TON spent'].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 text-left font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {daily.map((d) => (
            <tr key={d.date} className="border-t border-slate-100 dark:border-slate-800">
              <td className="px-3 py-1">{d.date}</td>
              <td className="px-3 py-1 tabular-nums">{formatInteger(d.orders)}</td>
              <td className="px-3 py-1 tabular-nums">{formatInteger(d.completed)}</td>
              <td className="px-3 py-1 tabular-nums">{formatInteger(d.stars)}</td>
              <td className="px-3 py-1 tabular-nums">{formatInteger(d.premium)}</td>
              <td className="px-3 py-1 font-mono tabular-nums">{formatTon(d.spent_ton)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
