import { numberToDecimalText, tonToNano } from '@contract';

/** USD value of a TON amount at a rate, in whole cents, by integer arithmetic (display estimate). */
export function usdCents(ton: number, tonUsd: number): bigint {
  const nano = tonToNano(ton);
  const rateMicro = tonToNano(tonUsd) / 1000n; // micro-dollars per TON
  const microUsd = (nano * rateMicro) / 1_000_000_000n;
  return microUsd >= 0n ? (microUsd + 5_000n) / 10_000n : (microUsd - 5_000n) / 10_000n;
}

/** The most decimals any of the amounts has: a column pads to it so its decimal marks line up. */
export function columnDecimals(amounts: readonly number[]): number {
  return Math.max(0, ...amounts.map((amount) => numberToDecimalText(amount).split('.')[1]?.length ?? 0));
}
