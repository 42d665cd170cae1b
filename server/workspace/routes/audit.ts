import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { okBody } from '../../../contract/envelope';
import { auditQuerySchema, exportEventSchema, paymentEventSchema } from '../../../contract/workspace';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import { actorWith, type WorkspaceEnv } from '../access';
import { auditCsvHeader, auditCsvLine } from '../audit-csv';
import type { RouteDeps } from './deps';

/** The audit log (owner), the browser's reports of payments and exports, and who created which order. */
export function auditRoutes(deps: RouteDeps) {
  const { workspace } = deps;
  const app = new Hono<WorkspaceEnv>();
  const address = deps.cookies.address;

  app.get('/audit', async (c) => {
    actorWith(c, 'audit.read');
    const { limit = 50, offset = 0, ...filter } = validate(auditQuerySchema, c.req.query());
    const page = await workspace.audit.page(filter, limit, offset);
    return c.json(okBody({ ...page, limit, offset }));
  });

  app.get('/audit.csv', async (c) => {
    actorWith(c, 'audit.read');
    const { limit: _limit, offset: _offset, ...filter } = validate(auditQuerySchema, c.req.query());
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`);
    return stream(c, async (out) => {
      await out.write(auditCsvHeader());
      for await (const entry of workspace.audit.stream(filter)) await out.write(auditCsvLine(entry));
    });
  });

  app.post('/audit/payment', async (c) => {
    const actor = actorWith(c, 'payments.send');
    const event = validate(paymentEventSchema, await readJsonBody(c));
    await workspace.audit.record({ action: 'payment.started', actor: actor.member, address: address(c), detail: event });
    return c.json(okBody({ recorded: true }));
  });

  app.post('/audit/export', async (c) => {
    const event = validate(exportEventSchema, await readJsonBody(c));
    const actor = actorWith(c, event.source === 'audit' ? 'audit.read' : 'orders.export');
    const filters = Object.entries(event.filters)
      .map(([key, value]) => `${key}=${value}`)
      .join('&');
    await workspace.audit.record({
      action: 'export',
      actor: actor.member,
      address: address(c),
      detail: { source: event.source, filters, rows: event.rows },
    });
    return c.json(okBody({ recorded: true }));
  });

  app.get('/order-authors', async (c) => {
    actorWith(c, 'orders.read');
    const ids = (c.req.query('ids') ?? '').split(',').filter(Boolean);
    if (ids.length > 100 || !ids.every((id) => /^\d{1,15}$/.test(id))) {
      throw new ApiProblem('VALIDATION_ERROR', 'ids must be up to 100 order ids separated by commas');
    }
    return c.json(okBody(await workspace.authors.of(ids.map(Number))));
  });

  return app;
}
