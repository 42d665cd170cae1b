import { isDay } from '@contract';

/**
 * A day as typed into a date filter: `2026-04-16`, or `20260416` from a phone's number pad. `undefined`
 * for an empty box (no filter), `null` for anything that is not a real calendar day.
 */
export function readDay(raw: string): string | undefined | null {
  const text = raw.trim();
  if (text === '') return undefined;
  const day = /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : text;
  return isDay(day) ? day : null;
}
