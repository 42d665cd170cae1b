import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  PREMIUM_MONTHS,
  premiumMonthsField,
  STARS_MAX,
  STARS_MIN,
  starsQuantityField,
  usernameField,
} from '../../../contract/fields';
import { validate } from '../../lib/request-body';
import type { SandboxDeps, SandboxEnv } from '../deps';
import { ok } from '../http';
import { estimateBody, FEE_PERCENT, ORDER_TTL_SECONDS, quotePremium, quoteStars } from '../pricing';
import { checkRecipient } from '../recipients';

/** Query values arrive as text; numbers are read strictly ("12abc" is refused, not truncated). */
const numericText = z.pipe(
  z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a number') }),
  z.transform((raw: string): unknown => (/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw)),
);

const starsEstimateQuery = z.object({ quantity: z.pipe(numericText, starsQuantityField) });
const premiumEstimateQuery = z.object({ months: z.pipe(numericText, premiumMonthsField) });
const recipientQuery = z.object({ username: usernameField });

export function pricingRoutes(deps: SandboxDeps) {
  const app = new Hono<SandboxEnv>();
  app.get('/ton-rate', (c) => ok(c, { ton_usd: Number(deps.pricing.tonUsd), updated_at: deps.pricing.updatedAt }));
  app.get('/fee', (c) =>
    ok(c, {
      fee_percent: FEE_PERCENT,
      stars: { min_quantity: STARS_MIN, max_quantity: STARS_MAX },
      premium: { months: [...PREMIUM_MONTHS] },
      order_ttl_seconds: ORDER_TTL_SECONDS,
    }),
  );
  app.get('/estimate/stars', (c) => {
    const { quantity } = validate(starsEstimateQuery, c.req.query());
    return ok(c, { quantity, ...estimateBody(quoteStars(quantity, deps.pricing), deps.pricing) });
  });
  app.get('/estimate/premium', (c) => {
    const { months } = validate(premiumEstimateQuery, c.req.query());
    return ok(c, { months, ...estimateBody(quotePremium(months, deps.pricing), deps.pricing) });
  });
  return app;
}

export function recipientRoutes() {
  const app = new Hono<SandboxEnv>();
  app.get('/stars', (c) => ok(c, checkRecipient(validate(recipientQuery, c.req.query()).username, 'stars')));
  app.get('/premium', (c) => ok(c, checkRecipient(validate(recipientQuery, c.req.query()).username, 'premium')));
  return app;
}
