import { formatTon } from '@/lib/format';

/** The most decimals any of these exact TON amounts has: a column pads to it so the decimal marks line up. */
export function maxDecimals(values: readonly (number | string)[]): number {
  let most = 0;
  for (const value of values) {
    const fraction = formatTon(value).split('.')[1];
    if (fraction && fraction.length > most) most = fraction.length;
  }
  return most;
}
