const DAY_MS = 24 * 60 * 60 * 1000;
export const PRESETS = [7, 30, 90] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type StatsRange =
  | { kind: 'preset'; days: number; from: string; to: string }
  | { kind: 'custom'; from: string; to: string };

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The range from the URL: `?days=7|30|90` or `?from=…&to=…` (inclusive UTC days); 30 days by default. */
export function parseRange(search: URLSearchParams, now: number): StatsRange {
  const from = search.get('from');
  const to = search.get('to');
  if (
    from &&
    to &&
    DAY.test(from) &&
    DAY.test(to) &&
    !Number.isNaN(Date.parse(from)) &&
    !Number.isNaN(Date.parse(to)) &&
    from <= to
  ) {
    return { kind: 'custom', from, to };
  }
  const days = Number(search.get('days'));
  const preset = (PRESETS as readonly number[]).includes(days) ? days : 30;
  return { kind: 'preset', days: preset, from: isoDay(now - (preset - 1) * DAY_MS), to: isoDay(now) };
}

export function rangeSearch(range: { days: number } | { from: string; to: string }): URLSearchParams {
  return new URLSearchParams(
    'days' in range ? (range.days === 30 ? {} : { days: String(range.days) }) : { from: range.from, to: range.to },
  );
}
