import { type Context, Hono } from 'hono';
import { stream } from 'hono/streaming';
import {
  type BulkJobStatus,
  bulkJobIdPattern,
  bulkJobQuerySchema,
  bulkRowQuerySchema,
  createBulkJobSchema,
} from '../../../contract/bulk';
import { okBody } from '../../../contract/envelope';
import type { AuditAction } from '../../../contract/workspace';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import { type Actor, actorWith, type WorkspaceEnv } from '../access';
import { bulkCsvHeader, bulkCsvLine } from '../bulk/results-csv';
import type { BulkJobRow } from '../db/schema';
import { toBulkJob } from '../store/bulk-jobs';
import type { RouteDeps } from './deps';

/** What each control does: the statuses it moves a job from, where to, and its audit action. */
const CONTROLS: Record<string, { from: BulkJobStatus[]; to: BulkJobStatus; action: AuditAction; done: string }> = {
  pause: { from: ['running'], to: 'paused', action: 'bulk.paused', done: 'paused' },
  resume: { from: ['paused'], to: 'running', action: 'bulk.resumed', done: 'resumed' },
  cancel: { from: ['running', 'paused'], to: 'cancelled', action: 'bulk.cancelled', done: 'cancelled' },
};

/** `/workspace/bulk/*`: bulk order jobs, for roles with `bulk.run` (owner, operator). Routes: contract/bulk.ts. */
export function bulkRoutes(deps: RouteDeps) {
  const { workspace } = deps;
  const app = new Hono<WorkspaceEnv>();
  const rate = deps.bulk?.ratePerSecond ?? 5;
  const answer = async (c: Context, job: BulkJobRow) =>
    c.json(okBody(toBulkJob(job, await workspace.bulkJobs.progress(job, rate))));
  const audit = (c: Context, actor: Actor, action: AuditAction, detail: Record<string, string | number | null>) =>
    workspace.audit.record({ action, actor: actor.member, address: deps.cookies.address(c), detail });
  async function jobOf(c: Context): Promise<BulkJobRow> {
    const id = c.req.param('id') ?? '';
    const job = bulkJobIdPattern.test(id) ? await workspace.bulkJobs.get(id) : undefined;
    if (!job) throw new ApiProblem('NOT_FOUND', 'no such bulk job');
    return job;
  }

  app.post('/jobs', async (c) => {
    const actor = actorWith(c, 'bulk.run');
    const body = validate(createBulkJobSchema, await readJsonBody(c));
    if (!(await workspace.settings.isSetUp())) throw new ApiProblem('SETUP_REQUIRED', 'this workspace has no partner key yet');
    const { job, created } = await workspace.bulkJobs.create({
      requestId: body.request_id,
      rows: body.rows,
      paymentMethod: body.payment_method,
      paymentCurrency: body.payment_currency,
      fileName: body.file_name ?? null,
      by: actor.member,
    });
    if (created) {
      await audit(c, actor, 'bulk.created', {
        job_id: job.id,
        rows: job.total,
        payment_method: job.payment_method,
        file_name: job.file_name,
      });
      deps.bulk?.wake();
    }
    return answer(c, job);
  });

  app.get('/jobs', async (c) => {
    actorWith(c, 'bulk.run');
    const { limit = 20, offset = 0 } = validate(bulkJobQuerySchema, c.req.query());
    const page = await workspace.bulkJobs.page(limit, offset);
    const items = await Promise.all(page.items.map(async (job) => toBulkJob(job, await workspace.bulkJobs.progress(job, rate))));
    return c.json(okBody({ items, total: page.total, limit, offset }));
  });

  app.get('/jobs/:id', async (c) => {
    actorWith(c, 'bulk.run');
    return answer(c, await jobOf(c));
  });

  app.get('/jobs/:id/rows', async (c) => {
    actorWith(c, 'bulk.run');
    const job = await jobOf(c);
    const { state, limit = 100, offset = 0 } = validate(bulkRowQuerySchema, c.req.query());
    const page = await workspace.bulkRows.page(job.id, state, limit, offset);
    return c.json(okBody({ ...page, limit, offset }));
  });

  app.get('/jobs/:id/results.csv', async (c) => {
    actorWith(c, 'bulk.run');
    const job = await jobOf(c);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="bulk-job-${job.id.slice(0, 8)}-results.csv"`);
    return stream(c, async (out) => {
      await out.write(bulkCsvHeader());
      for await (const row of workspace.bulkRows.stream(job.id)) await out.write(bulkCsvLine(row));
    });
  });

  for (const [name, control] of Object.entries(CONTROLS)) {
    app.post(`/jobs/:id/${name}`, async (c) => {
      const actor = actorWith(c, 'bulk.run');
      const job = await jobOf(c);
      if (job.status === control.to) return answer(c, job); // pressed twice: already so
      const moved = await workspace.bulkJobs.transition(job.id, control.from, control.to);
      if (!moved) {
        const now = (await workspace.bulkJobs.get(job.id))?.status ?? job.status;
        throw new ApiProblem('CONFLICT', `this job is ${now}: it cannot be ${control.done}`);
      }
      await audit(c, actor, control.action, { job_id: job.id });
      if (control.to === 'running') deps.bulk?.wake();
      return answer(c, moved);
    });
  }

  return app;
}
