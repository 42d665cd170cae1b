import { decimalTextToNano, nanoToTonNumber } from '../../contract/money';

/**
 * Sandbox price list. Defaults reproduce the source's example: 100 Stars at $0.016 plus a 4.5 % fee is
 * $1.672, which at $4.00 per TON is exactly 0.418 TON. Premium is $12 / $16 / $29 before the fee.
 * All arithmetic is in integer micro-dollars and nanotons.
 */
export interface PricingConfig {
  tonUsd: string;
  updatedAt: string;
}

const STAR_MICRO_USD = 16_000n;
const FEE_PER_MILLE = 45n;
export const FEE_PERCENT = 4.5;
const PREMIUM_MICRO_USD: Record<number, bigint> = { 3: 12_000_000n, 6: 16_000_000n, 12: 29_000_000n };
export const ORDER_TTL_SECONDS = 15 * 60;

export interface Quote {
  priceNano: bigint;
  feeNano: bigint;
  priceMicroUsd: bigint;
}

function rateMicroUsd(config: PricingConfig): bigint {
  // TON/USD as micro-dollars per TON; decimalTextToNano gives 1e9 scale, so divide by 1000.
  return decimalTextToNano(config.tonUsd) / 1000n;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

function quote(baseMicro: bigint, config: PricingConfig): Quote {
  const feeMicro = (baseMicro * FEE_PER_MILLE) / 1000n;
  const totalMicro = baseMicro + feeMicro;
  const rate = rateMicroUsd(config);
  return {
    priceNano: ceilDiv(totalMicro * 1_000_000_000n, rate),
    feeNano: ceilDiv(feeMicro * 1_000_000_000n, rate),
    priceMicroUsd: totalMicro,
  };
}

export function quoteStars(quantity: number, config: PricingConfig): Quote {
  return quote(STAR_MICRO_USD * BigInt(quantity), config);
}

export function quotePremium(months: number, config: PricingConfig): Quote {
  const base = PREMIUM_MICRO_USD[months];
  if (base === undefined) throw new RangeError(`no Premium price for ${months} months`);
  return quote(base, config);
}

export function estimateBody(q: Quote, config: PricingConfig) {
  return {
    price_ton: nanoToTonNumber(q.priceNano),
    price_usd: Number(q.priceMicroUsd) / 1_000_000,
    fee_ton: nanoToTonNumber(q.feeNano),
    ton_usd: Number(config.tonUsd),
  };
}
