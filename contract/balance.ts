import * as z from 'zod/mini';
import { pageSchema } from './envelope';

export const balanceSchema = z.looseObject({
  balance_ton: z.number(),
  topup_address: z.string(),
  updated_at: z.string(),
});
export type Balance = z.infer<typeof balanceSchema>;

export const balanceTransactionSchema = z.looseObject({
  id: z.number(),
  type: z.string(),
  amount_ton: z.number(),
  balance_after_ton: z.number(),
  order_id: z.optional(z.nullable(z.number())),
  tx_hash: z.optional(z.nullable(z.string())),
  created_at: z.string(),
});
export type BalanceTransaction = z.infer<typeof balanceTransactionSchema>;
export const balanceTransactionPageSchema = pageSchema(balanceTransactionSchema);
