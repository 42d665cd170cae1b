import { Hono } from 'hono';
import type { WorkspaceEnv } from '../access';
import { auditRoutes } from './audit';
import { bulkRoutes } from './bulk';
import type { RouteDeps } from './deps';
import { exportRoutes } from './exports';
import { joinRoutes } from './join';
import { keyRoutes } from './key';
import { meRoutes } from './me';
import { peopleRoutes } from './people';
import { sessionRoutes } from './session';

/** Every route of the dashboard's own workspace: `/session` and `/workspace/*`. */
export function workspaceRoutes(deps: RouteDeps) {
  const app = new Hono<WorkspaceEnv>();
  app.route('/', sessionRoutes(deps));
  app.route('/workspace/join', joinRoutes(deps));
  for (const routes of [meRoutes, peopleRoutes, keyRoutes, auditRoutes, exportRoutes]) app.route('/workspace', routes(deps));
  app.route('/workspace/bulk', bulkRoutes(deps));
  return app;
}
