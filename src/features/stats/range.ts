import { isDay } from '@contract';
import * as z from 'zod/mini';
import { dayBoundary, dayIn } from '@/lib/format';
import { parseSearch, searchFrom, urlFields } from '@/lib/url-state';

const DAY_MS = 24 * 60 * 60 * 1000;
export const PRESETS = [7, 30, 90] as const;
const DEFAULT_DAYS = 30;
/** The API answers at most this many days at once. */
export const MAX_RANGE_DAYS = 366;

export type StatsRange =
  | { kind: 'preset'; days: number; from: string; to: string }
  | { kind: 'custom'; from: string; to: string };

const rangeSearchSchema = z.object({
  days: z.catch(
    z
      .pipe(
        z.string(),
        z.transform((raw) => Number(raw)),
      )
      .check(z.refine((n) => PRESETS.some((days) => days === n))),
    DEFAULT_DAYS,
  ),
  from: urlFields.day(),
  to: urlFields.day(),
});

/** `day` moved by `delta` calendar days (day arithmetic on the date itself: no zone involved). */
function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
}

/**
 * The range from the URL: `?days=7|30|90` (ending on the partner's local today in `zone`) or
 * `?from=…&to=…` (inclusive local days); 30 days by default.
 */
export function parseRange(search: URLSearchParams, now: number, zone: string): StatsRange {
  const { days, from, to } = parseSearch(rangeSearchSchema, search);
  if (from && to && from <= to && daysBetween(from, to) <= MAX_RANGE_DAYS) return { kind: 'custom', from, to };
  const today = dayIn(now, zone);
  return { kind: 'preset', days, from: addDays(today, -(days - 1)), to: today };
}

export function rangeSearch(range: { days: number } | { from: string; to: string }): URLSearchParams {
  return 'days' in range
    ? searchFrom({ days: range.days }, { days: DEFAULT_DAYS })
    : searchFrom({ from: range.from, to: range.to });
}

/** Local days as the UTC instants the API takes: the first second of `from` to the last second of `to` in `zone`. */
export function apiRange(range: { from: string; to: string }, zone: string): { from: string; to: string } {
  return { from: dayBoundary(range.from, zone, 'start'), to: dayBoundary(range.to, zone, 'end') };
}

export type RangeProblem = 'stats.range.invalidDay' | 'stats.range.order' | 'stats.range.tooLong';

/** Why typed days cannot be shown (a catalog message id), or null when they can. */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  if (!isDay(from) || !isDay(to)) return 'stats.range.invalidDay';
  if (from > to) return 'stats.range.order';
  if (daysBetween(from, to) > MAX_RANGE_DAYS) return 'stats.range.tooLong';
  return null;
}
