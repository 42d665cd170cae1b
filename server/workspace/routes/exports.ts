import { Hono } from 'hono';
import { okBody } from '../../../contract/envelope';
import { exportRequestSchema } from '../../../contract/export';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import { type Actor, actorWith, type WorkspaceEnv } from '../access';
import { streamExport } from '../export-run';
import { toExportRun } from '../store/exports';
import type { RouteDeps } from './deps';

function withKey(actor: Actor): Actor & { apiKey: string } {
  const { apiKey } = actor;
  if (!apiKey) throw new ApiProblem('SETUP_REQUIRED', 'this workspace has no partner key yet');
  return { ...actor, apiKey };
}

/**
 * CSV exports written by the server (`orders.export`): the browser registers what it wants, downloads the
 * file from `…/file` with a plain link (nothing of it sits in the page's memory), follows the progress and
 * may cancel. Every step goes through the workspace database, so any instance answers any of them.
 */
export function exportRoutes(deps: RouteDeps) {
  const { workspace } = deps;
  const app = new Hono<WorkspaceEnv>();
  /** Runs streaming from this instance, to stop at once when cancelled here (others learn it within a heartbeat). */
  const local = new Map<string, () => void>();
  const mine = async (id: string, memberId: string) => {
    const row = await workspace.exports.mine(id, memberId);
    if (!row) throw new ApiProblem('NOT_FOUND', `no export ${id}`);
    return toExportRun(row, workspace.now());
  };

  app.post('/exports', async (c) => {
    const actor = withKey(actorWith(c, 'orders.export'));
    const request = validate(exportRequestSchema, await readJsonBody(c));
    const row = await workspace.exports.create(actor.member.id, request);
    return c.json(okBody(toExportRun(row, workspace.now())));
  });

  app.get('/exports/:id', async (c) => {
    const actor = actorWith(c, 'orders.export');
    return c.json(okBody(await mine(c.req.param('id'), actor.member.id)));
  });

  app.post('/exports/:id/cancel', async (c) => {
    const actor = actorWith(c, 'orders.export');
    const id = c.req.param('id');
    await workspace.exports.cancel(id, actor.member.id);
    local.get(id)?.();
    return c.json(okBody(await mine(id, actor.member.id)));
  });

  app.get('/exports/:id/file', async (c) => {
    const actor = withKey(actorWith(c, 'orders.export'));
    const id = c.req.param('id');
    const request = await workspace.exports.start(id, actor.member.id);
    if (!request) {
      throw new ApiProblem('NOT_FOUND', `export ${id} is not waiting for its file (already downloaded, cancelled or expired)`);
    }
    const run = streamExport({
      workspace,
      upstream: deps.upstream,
      id,
      request,
      actor,
      address: deps.cookies.address(c),
      onEnd: () => local.delete(id),
    });
    local.set(id, run.stop);
    return new Response(run.body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        // The name passed the contract's plain-file-name rule: nothing in it needs quoting.
        'Content-Disposition': `attachment; filename="${request.file_name}"`,
      },
    });
  });

  return app;
}
