import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { errorBody } from '../../contract/envelope';
import { transferSchema } from '../../contract/service';
import { ApiProblem, problemResponse } from '../lib/problem';
import { MAX_BODY_BYTES, readJsonBody, validate } from '../lib/request-body';
import { createTokenBuckets } from '../lib/token-bucket';
import { addressFromSeed } from './chain';
import { type Clock, isoSeconds, systemClock } from './clock';
import { type Db, openDatabase } from './db';
import type { SandboxDeps, SandboxEnv } from './deps';
import { advanceFulfilment } from './fulfilment';
import { ok } from './http';
import { purgeExpiredKeys } from './idempotency';
import { expireNow, expireOverdue } from './order-service';
import { ensureDemoPartner, findPartnerByKey } from './partners';
import { balanceRoutes } from './routes/balance';
import { orderRoutes } from './routes/orders';
import { pricingRoutes, recipientRoutes } from './routes/pricing';
import { submitTransfer } from './transfers';

const expireSchema = z.strictObject({ payment_memo: z.string({ error: 'is required' }) });

export const SANDBOX_VERSION = 'sandbox-1.0.0';

export interface SandboxOptions {
  db?: Db;
  dbFile?: string;
  clock?: Clock;
  apiKey?: string;
  tonUsd?: string;
  /** Sustained requests per second per key (bursts of 5×); 0 turns the limit off. */
  rateLimitPerSecond?: number;
  fulfilmentStepMs?: number;
  onError?: (error: unknown) => void;
}

export type Sandbox = ReturnType<typeof createSandbox>;

/** The embedded sandbox partner API: every route of the contract on SQLite, plus the simulated chain. */
export function createSandbox(options: SandboxOptions = {}) {
  const clock = options.clock ?? systemClock;
  const db = options.db ?? openDatabase(options.dbFile ?? ':memory:');
  const deps: SandboxDeps = {
    db,
    clock,
    pricing: { tonUsd: options.tonUsd ?? '4', updatedAt: isoSeconds(clock.now()) },
    paymentAddress: addressFromSeed('the-open-money:sandbox:payments'),
    fulfilmentStepMs: options.fulfilmentStepMs ?? 1000,
    expiry: { nextAt: 0 },
  };
  const demo = ensureDemoPartner(db, clock.now(), options.apiKey);
  const perSecond = options.rateLimitPerSecond ?? 20;
  const buckets = perSecond > 0 ? createTokenBuckets({ burst: perSecond * 5, perSecond, now: clock.now }) : null;

  /** The partner whose key the request brings (`Authorization: Bearer osk_…`), or 401. */
  const sandboxPartner = (authorization: string | undefined) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const partner = match?.[1] ? findPartnerByKey(db, match[1]) : undefined;
    if (!partner) throw new ApiProblem('UNAUTHORIZED', 'missing or unknown API key (Authorization: Bearer osk_…)');
    return partner;
  };

  const app = new Hono<SandboxEnv>();
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiProblem('PAYLOAD_TOO_LARGE', `request body must be at most ${MAX_BODY_BYTES / 1024} KB`);
      },
    }),
  );
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error);
    options.onError?.(error);
    return c.json(errorBody('INTERNAL_ERROR', 'internal error'), 500);
  });
  app.notFound((c) => c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));

  app.get('/api/v1/health', (c) => ok(c, { status: 'ok', version: SANDBOX_VERSION, time: isoSeconds(clock.now()) }));

  const api = new Hono<SandboxEnv>();
  api.use(async (c, next) => {
    const partner = sandboxPartner(c.req.header('authorization'));
    const take = buckets?.take(String(partner.id));
    if (take && !take.allowed) {
      throw new ApiProblem('RATE_LIMITED', `rate limit exceeded; retry in ${take.retryAfterSeconds} s`, {
        'Retry-After': String(take.retryAfterSeconds),
      });
    }
    c.set('partner', partner);
    expireOverdue(deps);
    await next();
  });
  api.route('/orders', orderRoutes(deps));
  api.route('/pricing', pricingRoutes(deps));
  api.route('/recipients', recipientRoutes());
  api.route('/balance', balanceRoutes(deps));
  app.route('/api/v1', api);

  // The chain takes anyone's transfer; a partner key, when sent, only decides how much the answer says.
  app.post('/sandbox/transfers', async (c) => {
    const transfer = validate(transferSchema, await readJsonBody(c));
    const authorization = c.req.header('authorization');
    return ok(c, submitTransfer(deps, transfer, authorization ? sandboxPartner(authorization).id : null));
  });
  // Sandbox tooling: end one of your own orders' payment window now, to try expiry without waiting 15 minutes.
  app.post('/sandbox/expire', async (c) => {
    const { payment_memo } = validate(expireSchema, await readJsonBody(c));
    expireNow(deps, sandboxPartner(c.req.header('authorization')), payment_memo);
    return ok(c, { payment_memo, status: 'expired' });
  });
  app.get('/sandbox/info', (c) => ok(c, { payment_address: deps.paymentAddress, version: SANDBOX_VERSION }));

  /** One housekeeping pass: expiry, then a fulfilment step. Runs on a timer in `start`, by hand in tests. */
  let purgedAt = 0;
  const tick = () => {
    expireOverdue(deps, { force: true });
    if (clock.now() - purgedAt > 60_000) {
      purgeExpiredKeys(db, clock.now());
      purgedAt = clock.now();
    }
    return advanceFulfilment(deps);
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    app,
    deps,
    demoKey: demo.apiKey,
    demoPartner: demo.partner,
    tick,
    start(intervalMs = 250) {
      timer ??= setInterval(tick, intervalMs);
      timer.unref();
    },
    close() {
      if (timer) clearInterval(timer);
      db.close();
    },
  };
}
