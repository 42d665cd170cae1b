import { nanoToTon, tonToNano } from '@contract';

/**
 * Timestamps are shown in UTC ("2026-04-16 12:00 UTC"), as the API and the CSV exports give them: the
 * same on every partner's screen, in every support conversation, and identical when rendered on the server.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const text = new Date(time).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

/** TON amounts exactly as sent (no float rounding), with a thin grouping of the integer part. */
export function formatTon(value: number | string): string {
  let text: string;
  try {
    text = nanoToTon(tonToNano(value));
  } catch {
    return String(value); // more than 9 decimals: show what the server sent rather than round it
  }
  const [whole = '0', frac] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export function formatInteger(value: number): string {
  return value.toLocaleString('en-US');
}

export function statusLabel(status: string): string {
  return status.replace(/_/g, ' ');
}
