import type { StatsSummary } from '@contract';
import { formatInteger, formatTon } from '@/lib/format';
import { summaryCards } from '../shape';

export function SummaryCards({ summary }: { summary: StatsSummary }) {
  const cards = summaryCards(summary);
  const items: [string, string, string][] = [
    ['Orders', formatInteger(cards.orders), 'orders'],
    ['Completed', formatInteger(cards.completed), 'completed'],
    ['Success rate', cards.successRate ?? '—', 'success'],
    ['Stars delivered', formatInteger(cards.stars), 'stars'],
    ['Premium months', formatInteger(cards.premiumMonths), 'premium'],
    ['TON spent', `${formatTon(cards.spentTon)} TON`, 'spent'],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {items.map(([label, value, id]) => (
        <div key={id} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
          <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid={`stat-${id}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
