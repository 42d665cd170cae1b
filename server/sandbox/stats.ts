import { nanoToTonNumber } from '../../contract/money';
import { ApiProblem } from '../lib/problem';
import { type Db, prepared } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_RANGE_DAYS = 366;
/** Statuses whose price the partner has actually spent (refunded and unpaid orders are not spent). */
const SPENT = new Set(['paid', 'processing', 'completed']);

interface StatsRow {
  day: string;
  status: string;
  order_type: string;
  orders: number;
  stars: number;
  months: number;
  price_nano: bigint;
}

/**
 * Aggregates over whole UTC days from the trigger-maintained roll-up: `stars`/`premium` count what was
 * delivered (completed orders); `spent_ton` sums paid, processing and completed orders. Every day of the
 * range is present in `daily`, zeros included, so charts need no gap filling.
 */
const dailyRows = prepared<[number, string, string], StatsRow>(
  `SELECT day, status, order_type, orders, stars, months, price_nano FROM daily_stats
   WHERE partner_id = ? AND day BETWEEN ? AND ? AND orders > 0`,
);

export function statsSummary(db: Db, partnerId: number, fromIso: string, toIso: string) {
  const fromDay = fromIso.slice(0, 10);
  const toDay = toIso.slice(0, 10);
  const days = Math.round((Date.parse(toDay) - Date.parse(fromDay)) / DAY_MS) + 1;
  if (days < 1) throw new ApiProblem('VALIDATION_ERROR', 'from must not be after to');
  if (days > MAX_RANGE_DAYS) throw new ApiProblem('VALIDATION_ERROR', `range must be at most ${MAX_RANGE_DAYS} days`);
  const rows = dailyRows(db).all(partnerId, fromDay, toDay);

  const daily = new Map<string, { orders: number; completed: number; stars: number; premium: number; spent: bigint }>();
  for (let i = 0; i < days; i += 1) {
    const day = new Date(Date.parse(fromDay) + i * DAY_MS).toISOString().slice(0, 10);
    daily.set(day, { orders: 0, completed: 0, stars: 0, premium: 0, spent: 0n });
  }
  const byStatus: Record<string, number> = {};
  let total = 0;
  let starsTotal = 0;
  let monthsTotal = 0;
  let spentTotal = 0n;
  for (const row of rows) {
    const day = daily.get(row.day);
    if (!day) continue;
    total += row.orders;
    day.orders += row.orders;
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.orders;
    if (row.status === 'completed') {
      day.completed += row.orders;
      day.stars += row.stars;
      day.premium += row.months;
      starsTotal += row.stars;
      monthsTotal += row.months;
    }
    if (SPENT.has(row.status)) {
      day.spent += BigInt(row.price_nano);
      spentTotal += BigInt(row.price_nano);
    }
  }
  return {
    from: fromDay,
    to: toDay,
    total_orders: total,
    by_status: byStatus,
    stars_total: starsTotal,
    premium_months_total: monthsTotal,
    spent_ton: nanoToTonNumber(spentTotal),
    daily: [...daily].map(([date, d]) => ({
      date,
      orders: d.orders,
      completed: d.completed,
      stars: d.stars,
      premium: d.premium,
      spent_ton: nanoToTonNumber(d.spent),
    })),
  };
}

export function defaultStatsRange(now: number): { from: string; to: string } {
  return { from: new Date(now - 29 * DAY_MS).toISOString(), to: new Date(now).toISOString() };
}
