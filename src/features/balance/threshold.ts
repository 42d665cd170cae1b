import { nanoToTon, tonToNano } from '@contract';
import { useCallback, useSyncExternalStore } from 'react';

/** The partner's low-balance threshold: a preference kept in this browser (not a secret), as decimal TON text. */
const THRESHOLD_KEY = 'om-low-balance-threshold';
const CHANGED = 'om-low-balance-threshold-changed';

/**
 * A threshold as typed, in canonical TON text (`12.5`), or null when it is not an amount: digits with at most
 * one decimal mark (`.` or `,`) and at most 9 decimals. Empty text is `''` (no alert).
 */
export function parseThreshold(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (!/^\d{1,12}(?:[.,]\d{1,9})?$/.test(trimmed)) return null;
  return nanoToTon(tonToNano(trimmed.replace(',', '.')));
}

function read(): string {
  try {
    return parseThreshold(window.localStorage.getItem(THRESHOLD_KEY) ?? '') ?? '';
  } catch {
    return '';
  }
}

function save(value: string): void {
  try {
    if (value) window.localStorage.setItem(THRESHOLD_KEY, value);
    else window.localStorage.removeItem(THRESHOLD_KEY);
  } catch {
    // Storage refused: the threshold lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange); // other tabs
  window.addEventListener(CHANGED, onChange); // this tab: the header follows the balance page at once
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The stored threshold (`''` for none) and a setter; the server render has none. */
export function useThreshold(): [string, (value: string) => void] {
  const value = useSyncExternalStore(subscribe, read, () => '');
  return [value, useCallback(save, [])];
}
