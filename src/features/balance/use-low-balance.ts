import { nanoToTon, tonToNano } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { balanceQueries } from '@/api/balance';
import { useThreshold } from './threshold';

export interface LowBalance {
  /** Exact decimal TON text. */
  balanceTon: string;
  thresholdTon: string;
  /** How far below the threshold the balance is (`'0'` when it is not). */
  shortfallTon: string;
  short: boolean;
}

/** Compares two exact amounts; the result is what the header and New order warn with. */
export function lowBalance(balanceTon: number, thresholdTon: string): LowBalance {
  const missing = tonToNano(thresholdTon) - tonToNano(balanceTon);
  return {
    balanceTon: nanoToTon(tonToNano(balanceTon)),
    thresholdTon,
    shortfallTon: nanoToTon(missing > 0n ? missing : 0n),
    short: missing > 0n,
  };
}

/**
 * The balance against the partner's alert threshold (kept in this browser), or null when no threshold is set
 * or the balance is not known yet. The balance is only asked for when a threshold is set.
 */
export function useLowBalance(): LowBalance | null {
  const [threshold] = useThreshold();
  const balance = useQuery({ ...balanceQueries.current(), enabled: threshold !== '' });
  if (threshold === '' || !balance.data) return null;
  return lowBalance(balance.data.balance_ton, threshold);
}
