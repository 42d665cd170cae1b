import type { Balance } from '@contract';
import { useCallback, useState } from 'react';

const WATCH_MS = 3 * 60_000;

/**
 * After a top-up is sent, the balance and transactions refresh quickly for a few minutes (`watching`),
 * and stop as soon as the balance differs from the one the top-up was sent at (`settle`).
 */
export function useTopUpWatch() {
  const [watchUntil, setWatchUntil] = useState(0);
  const [sentAtBalance, setSentAtBalance] = useState<Balance | null>(null);
  const start = useCallback((balance: Balance) => {
    setSentAtBalance(balance);
    setWatchUntil(Date.now() + WATCH_MS);
  }, []);
  const settle = useCallback(
    (latest: Balance | undefined) => {
      if (!sentAtBalance || !latest) return;
      if (latest.balance_ton !== sentAtBalance.balance_ton || latest.updated_at !== sentAtBalance.updated_at) setWatchUntil(0);
    },
    [sentAtBalance],
  );
  return { watching: watchUntil > Date.now(), start, settle };
}
