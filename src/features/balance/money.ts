import { tonToNano } from '@contract';

/** USD value of a TON amount at a rate, in whole cents, by integer arithmetic (display estimate). */
export function usdCents(ton: number, tonUsd: number): bigint {
  const nano = tonToNano(ton);
  const rateMicro = tonToNano(tonUsd) / 1000n; // micro-dollars per TON
  const microUsd = (nano * rateMicro) / 1_000_000_000n;
  return microUsd >= 0n ? (microUsd + 5_000n) / 10_000n : (microUsd - 5_000n) / 10_000n;
}

export function formatUsd(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const dollars = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}$${dollars}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The partner's low-balance threshold: a preference kept in this browser (not a secret). */
const THRESHOLD_KEY = 'om-low-balance-threshold';

export function readThreshold(): string {
  try {
    return window.localStorage.getItem(THRESHOLD_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveThreshold(value: string): void {
  try {
    if (value) window.localStorage.setItem(THRESHOLD_KEY, value);
    else window.localStorage.removeItem(THRESHOLD_KEY);
  } catch {
    // Storage refused: the threshold lasts for this page only.
  }
}

export function isBelow(balanceTon: number, thresholdText: string): boolean {
  if (!/^\d+(\.\d{1,9})?$/.test(thresholdText)) return false;
  return tonToNano(balanceTon) < tonToNano(thresholdText);
}
