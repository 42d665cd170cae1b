/**
 * Exact TON amounts. The API sends `price_ton` as a JSON number with at most 9 decimals; wallets take
 * nanotons as a string of digits. Conversion goes through the number's shortest decimal text (which
 * JavaScript guarantees round-trips) and integer arithmetic — never `value * 1e9`.
 */
export const NANO_DECIMALS = 9;
const NANO_PER_TON = 1_000_000_000n;

/** Shortest decimal text of a finite number, without exponent notation (1e-7 → "0.0000001"). */
export function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', intPart = '', fracPart = '', expText = '0'] = match;
  const digits = intPart + fracPart;
  const point = intPart.length + Number(expText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Parses a decimal TON amount ("0.418", "12", "-1.5") to nanotons. Throws RangeError on anything that is
 * not a plain decimal or has more than 9 decimals — an amount we cannot represent exactly is refused.
 */
export function decimalTextToNano(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (!match) throw new RangeError(`not a decimal amount: "${text}"`);
  const [, sign = '', intPart = '0', rawFrac = ''] = match;
  const frac = rawFrac.replace(/0+$/, '');
  if (frac.length > NANO_DECIMALS) throw new RangeError(`more than ${NANO_DECIMALS} decimals: "${text}"`);
  const nano = BigInt(intPart) * NANO_PER_TON + BigInt(frac.padEnd(NANO_DECIMALS, '0') || '0');
  return sign === '-' ? -nano : nano;
}

/** TON (JSON number or decimal text) → nanotons. */
export function tonToNano(value: number | string): bigint {
  return decimalTextToNano(typeof value === 'number' ? numberToDecimalText(value) : value);
}

/** Nanotons → shortest decimal TON text ("418000000" → "0.418"). */
export function nanoToTon(nano: bigint | string | number): string {
  const value = BigInt(nano);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / NANO_PER_TON;
  const frac = (abs % NANO_PER_TON).toString().padStart(NANO_DECIMALS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** Nanotons → the JSON number the API returns (exact for amounts below ~9 million TON). */
export function nanoToTonNumber(nano: bigint | string | number): number {
  return Number(nanoToTon(nano));
}

const PLAIN_TON = /^-?\d+(?:\.\d{1,9})?$/;

/**
 * A TON amount the API sent as a JSON number, as exact decimal text ("0.418") — `nanoToTon(tonToNano(value))`,
 * without the round trip when the number's shortest text already is that (a plain decimal of at most 9
 * decimals: no exponent, and JavaScript never writes trailing zeros): an export writes a million of these.
 */
export function tonText(value: number): string {
  const text = String(value);
  return PLAIN_TON.test(text) ? text : nanoToTon(tonToNano(value));
}
