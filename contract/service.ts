import * as z from 'zod/mini';

export const healthSchema = z.looseObject({ status: z.string(), version: z.string(), time: z.string() });
export type Health = z.infer<typeof healthSchema>;

/** More than all TON in existence (~5.1 billion TON), and safely inside SQLite's 64-bit integers. */
export const MAX_TRANSFER_NANO = 5_000_000_000n * 1_000_000_000n;

/** Sandbox simulated chain: one TonConnect message exactly as a wallet receives it. */
export const transferSchema = z.strictObject({
  address: z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') }),
  amount: z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string of nanotons') }).check(
    z.regex(/^\d{1,19}$/, 'must be a string of nanotons (digits only)'),
    z.refine((raw) => /^\d+$/.test(raw) && BigInt(raw) <= MAX_TRANSFER_NANO, 'must be at most 5000000000000000000 nanotons'),
  ),
  payload: z.optional(z.string({ error: 'must be a base64 BOC string' })),
});
export type Transfer = z.infer<typeof transferSchema>;

export const transferResultSchema = z.looseObject({
  tx_hash: z.string(),
  outcome: z.string(),
  order_id: z.optional(z.nullable(z.number())),
  comment: z.optional(z.nullable(z.string())),
});
export type TransferResult = z.infer<typeof transferResultSchema>;
