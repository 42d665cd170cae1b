import { nanoToTon, tonToNano } from '@contract';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTime.format(time);
}

/** TON amounts exactly as sent (no float rounding), with a thin grouping of the integer part. */
export function formatTon(value: number): string {
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
