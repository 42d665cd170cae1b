import * as z from 'zod/mini';
import { parseSearch, searchFrom, urlFields } from '@/lib/url-state';

const DAY_MS = 24 * 60 * 60 * 1000;
export const PRESETS = [7, 30, 90] as const;
const DEFAULT_DAYS = 30;

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

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The range from the URL: `?days=7|30|90` or `?from=…&to=…` (inclusive UTC days); 30 days by default. */
export function parseRange(search: URLSearchParams, now: number): StatsRange {
  const { days, from, to } = parseSearch(rangeSearchSchema, search);
  if (from && to && from <= to) return { kind: 'custom', from, to };
  return { kind: 'preset', days, from: isoDay(now - (days - 1) * DAY_MS), to: isoDay(now) };
}

/** The range as of now, for the page's URL state. */
export function parseRangeNow(search: URLSearchParams): StatsRange {
  return parseRange(search, Date.now());
}

export function rangeSearch(range: { days: number } | { from: string; to: string }): URLSearchParams {
  return 'days' in range
    ? searchFrom({ days: range.days }, { days: DEFAULT_DAYS })
    : searchFrom({ from: range.from, to: range.to });
}
