/** Filters whose value alone says what they are (`pending`, `stars`); others are written `name-value`. */
const BARE = new Set(['status', 'type']);

const slug = (value: string) => value.replace(/[^A-Za-z0-9_.@]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * A file name that says what is inside: `orders-2026-04-01_to_2026-04-30-pending.csv`, or for no date
 * filter, everything up to `today` (the partner's local day): `orders-all-2026-11-25.csv`.
 */
export function csvFileName(kind: string, parts: Record<string, string | undefined>, today: string): string {
  const day = (value: string) => slug(value.slice(0, 10));
  const range =
    parts.from || parts.to ? `${parts.from ? day(parts.from) : 'start'}_to_${parts.to ? day(parts.to) : today}` : `all-${today}`;
  const extras = Object.entries(parts)
    .filter((entry): entry is [string, string] => Boolean(entry[1]) && entry[0] !== 'from' && entry[0] !== 'to')
    .map(([key, value]) => (BARE.has(key) ? slug(value) : `${key}-${slug(value)}`));
  return `${[kind, range, ...extras].join('-')}.csv`;
}
