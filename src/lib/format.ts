import { decimalTextToNano, nanoToTon, numberToDecimalText } from '@contract';

// Built once: the helpers below run for every cell of every table, on the server's first render too.
const INTEGER = new Intl.NumberFormat('en-US');
/** The API's own timestamp form, already UTC: shown without a round trip through Date. */
const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;
/** A decimal exactly as nanoToTon writes it: no leading or trailing zeros, at most 9 decimals. */
const CANONICAL_TON = /^-?(?:0|[1-9]\d*)(?:\.\d{0,8}[1-9])?$/;

/**
 * Timestamps are shown in UTC ("2026-04-16 12:00 UTC"), as the API and the CSV exports give them: the
 * same on every partner's screen, in every support conversation, and identical when rendered on the server.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (UTC_ISO.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const text = new Date(time).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

/** TON amounts exactly as sent (no float rounding), with a thin grouping of the integer part. */
export function formatTon(value: number | string): string {
  let text: string;
  try {
    text = typeof value === 'number' ? numberToDecimalText(value) : value.trim();
    if (!CANONICAL_TON.test(text) || text === '-0') text = nanoToTon(decimalTextToNano(text));
  } catch {
    return String(value); // more than 9 decimals: show what the server sent rather than round it
  }
  const [whole = '0', frac] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

export function statusLabel(status: string): string {
  return status.replace(/_/g, ' ');
}
