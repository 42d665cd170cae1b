import { type DailyStats, nanoToTon, type StatsSummary, tonToNano } from '@contract';

/** Statuses the success rate counts: orders that reached delivery, with its outcome. */
export const SETTLED_STATUSES = ['completed', 'failed', 'refunded'] as const;

export interface SummaryCards {
  orders: number;
  completed: number;
  /**
   * Success rate: completed ÷ (completed + failed + refunded), a ratio in [0, 1]. Orders still waiting for
   * payment or delivery, cancelled and expired ones are left out. Null when no order reached delivery.
   */
  successRate: number | null;
  stars: number;
  premiumMonths: number;
  spentTon: string;
}

export function summaryCards(summary: StatsSummary): SummaryCards {
  const count = (status: string) => summary.by_status[status] ?? 0;
  const completed = count('completed');
  const settled = SETTLED_STATUSES.reduce((sum, status) => sum + count(status), 0);
  return {
    orders: summary.total_orders,
    completed,
    successRate: settled === 0 ? null : completed / settled,
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

export interface ChartPoint extends DailyStats {
  /** The day that is still running: its figures will grow. */
  partial: boolean;
}

/**
 * The API's daily rows (whole UTC days) up to the current one, which is marked partial. Days after it
 * (a range ending on a local today that is ahead of UTC) hold nothing yet and are left out.
 */
export function chartPoints(daily: readonly DailyStats[], now: number): ChartPoint[] {
  const current = new Date(now).toISOString().slice(0, 10);
  return daily.filter((d) => d.date <= current).map((d) => ({ ...d, partial: d.date === current }));
}
