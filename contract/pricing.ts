import * as z from 'zod/mini';

export const tonRateSchema = z.looseObject({ ton_usd: z.number(), updated_at: z.string() });
export type TonRate = z.infer<typeof tonRateSchema>;

export const feeSchema = z.looseObject({
  fee_percent: z.number(),
  stars: z.looseObject({ min_quantity: z.number(), max_quantity: z.number() }),
  premium: z.looseObject({ months: z.array(z.number()) }),
  order_ttl_seconds: z.number(),
});
export type Fee = z.infer<typeof feeSchema>;

const estimateFields = {
  price_ton: z.number(),
  price_usd: z.number(),
  fee_ton: z.number(),
  ton_usd: z.number(),
};
export const starsEstimateSchema = z.looseObject({ quantity: z.number(), ...estimateFields });
export const premiumEstimateSchema = z.looseObject({ months: z.number(), ...estimateFields });
export type StarsEstimate = z.infer<typeof starsEstimateSchema>;
export type PremiumEstimate = z.infer<typeof premiumEstimateSchema>;

export const recipientCheckSchema = z.looseObject({
  username: z.string(),
  can_receive: z.boolean(),
  display_name: z.optional(z.nullable(z.string())),
  reason: z.optional(z.nullable(z.string())),
});
export type RecipientCheck = z.infer<typeof recipientCheckSchema>;
