import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServerConfig } from '../config';
import { loadSecretKey } from './crypto/secret-box';
import { createWorkspace } from './workspace';

/** The workspace the server (and the admin CLI) runs on: PostgreSQL when configured, else SQLite in the data directory. */
export function workspaceFromConfig(config: ServerConfig) {
  const memory = !config.databaseUrl && config.workspaceDb === ':memory:';
  if (!config.databaseUrl && !memory) mkdirSync(dirname(config.workspaceDb), { recursive: true });
  const secretKey = loadSecretKey({
    secret: config.dashboardSecret,
    file: memory ? undefined : join(config.dataDir, 'dashboard-secret'),
  });
  return createWorkspace({
    storage: config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'sqlite', file: config.workspaceDb },
    secretKey,
    signInPerMinute: config.signInPerMinute,
  });
}
