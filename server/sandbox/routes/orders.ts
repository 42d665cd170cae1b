import { Hono } from 'hono';
import { createPremiumOrderSchema, createStarsOrderSchema } from '../../../contract/orders';
import { orderListQuerySchema, statsQuerySchema } from '../../../contract/query';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import type { SandboxDeps, SandboxEnv } from '../deps';
import { ok, positiveId } from '../http';
import { checkKeyFormat, requestHash } from '../idempotency';
import { cancelOrder, createOrder, createOrderOnce, type NewOrder } from '../order-service';
import { getOrder, getOrderByMemo, getOrdersByReference, listOrders, toApiOrder } from '../orders';
import { defaultStatsRange, statsSummary } from '../stats';

export function orderRoutes(deps: SandboxDeps) {
  const app = new Hono<SandboxEnv>();

  const create = (route: string, parse: (body: unknown) => NewOrder) =>
    app.post(route, async (c) => {
      const partner = c.get('partner');
      const body = await readJsonBody(c);
      const key = c.req.header('idempotency-key');
      if (key !== undefined) checkKeyFormat(key);
      const input = parse(body);
      if (key === undefined) return ok(c, toApiOrder(createOrder(deps, partner, input)));
      const outcome = createOrderOnce(deps, partner, input, { key, hash: requestHash(route, body) });
      if (outcome.kind === 'replay') c.header('Idempotent-Replayed', 'true');
      c.header('Content-Type', 'application/json');
      return c.body(outcome.body, 200);
    });

  create('/stars', (body) => ({ order_type: 'stars', ...validate(createStarsOrderSchema, body) }));
  create('/premium', (body) => ({ order_type: 'premium', ...validate(createPremiumOrderSchema, body) }));

  app.get('/', (c) => {
    const query = validate(orderListQuerySchema, c.req.query());
    const { items, total } = listOrders(deps.db, c.get('partner').id, query);
    return ok(c, { items: items.map(toApiOrder), total, limit: query.limit, offset: query.offset });
  });

  app.get('/stats/summary', (c) => {
    const query = validate(statsQuerySchema, c.req.query());
    const fallback = defaultStatsRange(deps.clock.now());
    return ok(c, statsSummary(deps.db, c.get('partner').id, query.from ?? fallback.from, query.to ?? fallback.to));
  });

  app.get('/by-memo/:memo', (c) => {
    const memo = c.req.param('memo');
    const order = getOrderByMemo(deps.db, c.get('partner').id, memo);
    if (!order) throw new ApiProblem('NOT_FOUND', `no order has payment_memo ${memo}`);
    return ok(c, toApiOrder(order));
  });

  const byReference = (ref: string | undefined) => {
    if (ref === undefined) throw new ApiProblem('VALIDATION_ERROR', 'ref is required');
    if (ref.length > 128) throw new ApiProblem('VALIDATION_ERROR', 'ref must be at most 128 characters');
    return ref;
  };
  app.get('/by-reference/:ref', (c) =>
    ok(c, getOrdersByReference(deps.db, c.get('partner').id, byReference(c.req.param('ref'))).map(toApiOrder)),
  );
  // The same lookup with the reference in the query: the only way `.` and `..` can travel, since URL
  // parsers remove such path segments (written %2e too) before a request leaves the client.
  app.get('/by-reference', (c) =>
    ok(c, getOrdersByReference(deps.db, c.get('partner').id, byReference(c.req.query('ref'))).map(toApiOrder)),
  );

  app.get('/:id', (c) => {
    const id = positiveId(c.req.param('id'));
    const order = getOrder(deps.db, c.get('partner').id, id);
    if (!order) throw new ApiProblem('NOT_FOUND', `order ${id} not found`);
    return ok(c, toApiOrder(order));
  });

  app.post('/:id/cancel', (c) => {
    const id = positiveId(c.req.param('id'));
    return ok(c, toApiOrder(cancelOrder(deps, c.get('partner'), id)));
  });

  return app;
}
