import { type DailyStats, nanoToTon, type StatsSummary, tonToNano } from '@contract';

export interface SummaryCards {
  orders: number;
  completed: number;
  /** Delivered share of orders that reached fulfilment (completed ÷ completed + failed + refunded); null when none did. */
  successRate: string | null;
  stars: number;
  premiumMonths: number;
  spentTon: string;
}

export function summaryCards(summary: StatsSummary): SummaryCards {
  const count = (status: string) => summary.by_status[status] ?? 0;
  const completed = count('completed');
  const settled = completed + count('failed') + count('refunded');
  return {
    orders: summary.total_orders,
    completed,
    successRate: settled === 0 ? null : `${((completed / settled) * 100).toFixed(1)}%`,
    stars: summary.stars_total,
    premiumMonths: summary.premium_months_total,
    spentTon: nanoToTon(tonToNano(summary.spent_ton)),
  };
}

/** Status counts, largest first, with each one's share of all orders. */
export function statusBreakdown(byStatus: Record<string, number>): { status: string; count: number; share: number }[] {
  const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  return Object.entries(byStatus)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([status, count]) => ({ status, count, share: total === 0 ? 0 : count / total }));
}

export function isEmpty(summary: StatsSummary): boolean {
  return summary.total_orders === 0;
}

export type ChartPoint = DailyStats;
