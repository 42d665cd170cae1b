import { decimalTextToNano, nanoToTon, numberToDecimalText } from '@contract';

/** A decimal exactly as nanoToTon writes it: no leading or trailing zeros, at most 9 decimals. */
const CANONICAL_TON = /^-?(?:0|[1-9]\d*)(?:\.\d{0,8}[1-9])?$/;

// Intl formatters are costly to build and these helpers run for every cell: one per locale / zone.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = cache.get(key);
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found as T;
}

function zoned(zone: string): Intl.DateTimeFormat {
  return memo(
    `dt:${zone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
  );
}

/** The wall-clock parts of an instant in a zone: `[YYYY-MM-DD, HH:mm:ss]`. */
function wallClock(time: number, zone: string): [string, string] {
  const parts: Record<string, string> = {};
  for (const part of zoned(zone).formatToParts(time)) parts[part.type] = part.value;
  return [`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}:${parts.second}`];
}

function parseInstant(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/**
 * ISO-like local time, `2026-04-16 19:00`, in the partner's zone: the same form as the date filters, on
 * every row, rendered identically by the server and the browser.
 */
export function formatDateTime(iso: string | null | undefined, zone: string): string {
  const time = parseInstant(iso);
  if (time === null) return iso ? iso : '—';
  const [day, clock] = wallClock(time, zone);
  return `${day} ${clock.slice(0, 5)}`;
}

/** The calendar day of an instant in a zone, `YYYY-MM-DD`. */
export function dayIn(time: number, zone: string): string {
  return wallClock(time, zone)[0];
}

/** The exact instant, `2026-04-16 12:00:59 UTC`: shown on hover next to local times. */
export function formatUtc(iso: string | null | undefined): string {
  const time = parseInstant(iso);
  if (time === null) return iso ? iso : '—';
  const text = new Date(time).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 19)} UTC`;
}

/** Minutes a zone is ahead of UTC at an instant (negative west of Greenwich). */
function zoneOffsetMinutes(time: number, zone: string): number {
  const [day, clock] = wallClock(time, zone);
  const asUtc = Date.parse(`${day}T${clock}Z`);
  return Math.round((asUtc - Math.floor(time / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant at which a local day starts in a zone (`dayStart('2026-04-16', 'Asia/Jakarta')` is
 * `2026-04-15T17:00:00Z`); with `end`, the last second of that day. Day filters reach the API this way.
 */
export function dayBoundary(day: string, zone: string, bound: 'start' | 'end' = 'start'): string {
  const wall = Date.parse(`${day}T${bound === 'start' ? '00:00:00' : '23:59:59'}Z`);
  // Two passes settle days where the offset changes (daylight saving) between the guess and the answer.
  let time = wall - zoneOffsetMinutes(wall, zone) * 60_000;
  time = wall - zoneOffsetMinutes(time, zone) * 60_000;
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

/** `GMT+7`, `GMT-8`, `UTC`: the zone's short name at an instant, for column headers. */
export function zoneLabel(zone: string, time: number): string {
  if (zone === 'UTC') return 'UTC';
  const minutes = zoneOffsetMinutes(time, zone);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : '';
  return minutes === 0 ? 'GMT' : `GMT${sign}${Math.floor(abs / 60)}${rest}`;
}

function separators(locale: string): { group: string; decimal: string } {
  const parts = memo(`num:${locale}`, () => new Intl.NumberFormat(locale)).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** TON amounts exactly as sent (no float rounding), grouped and with the decimal mark of the language. */
export function formatTon(value: number | string, locale = 'en'): string {
  let text: string;
  try {
    text = typeof value === 'number' ? numberToDecimalText(value) : value.trim();
    if (!CANONICAL_TON.test(text) || text === '-0') text = nanoToTon(decimalTextToNano(text));
  } catch {
    return String(value); // more than 9 decimals: show what the server sent rather than round it
  }
  const { group, decimal } = separators(locale);
  const negative = text.startsWith('-');
  const [whole = '0', frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '−' : ''}${grouped}${frac ? `${decimal}${frac}` : ''}`;
}

export function formatInteger(value: number, locale = 'en'): string {
  return memo(`int:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

/** US dollars to the cent (estimates only: the order is priced in TON). */
export function formatUsd(value: number, locale = 'en'): string {
  return memo(`usd:${locale}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' })).format(value);
}

export function formatPercent(ratio: number, locale = 'en'): string {
  return memo(`pct:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(ratio);
}
