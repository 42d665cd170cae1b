/** Server configuration from the environment; every setting has a default that runs the sandbox locally. */
export interface ServerConfig {
  port: number;
  host: string;
  upstreamUrl: string | undefined;
  sandboxDb: string;
  sandboxApiKey: string | undefined;
  sandboxRateLimit: number;
  sandboxTonUsd: string;
  fulfilmentStepMs: number;
  staticDir: string;
  signInPerMinute: number;
  publicUrl: string | undefined;
  trustProxy: string[];
  /** The dashboard's own data (workspace database file, generated secret) lives here. */
  dataDir: string;
  /** SQLite file of the workspace (people, sessions, audit log); `:memory:` for a throwaway one. */
  workspaceDb: string;
  /** PostgreSQL instead of SQLite, shared by every instance (e.g. postgres://user@host/db). */
  databaseUrl: string | undefined;
  /** Seals the partner key at rest; without it a secret is generated once into the data directory (0600). */
  dashboardSecret: string | undefined;
  /** Bulk jobs: creates per second across all instances, rows in flight per instance, a claimed row's lease. */
  bulkRatePerSecond: number;
  bulkConcurrency: number;
  bulkLeaseMs: number;
}

function int(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function positive(name: string, raw: string | undefined, fallback: number, min = 1): number {
  const value = int(name, raw, fallback);
  if (value < min) throw new Error(`${name} must be at least ${min}, got "${raw}"`);
  return value;
}

function publicUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`PUBLIC_URL must be an http(s) URL such as https://dashboard.example.com, got "${raw}"`);
  }
  return url.origin;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const tonUsd = env.SANDBOX_TON_USD ?? '4';
  if (!/^\d+(\.\d{1,6})?$/.test(tonUsd) || Number(tonUsd) <= 0) throw new Error('SANDBOX_TON_USD must be a positive decimal');
  const dataDir = env.DATA_DIR || 'data';
  const databaseUrl = env.DATABASE_URL || undefined;
  const dashboardSecret = env.DASHBOARD_SECRET || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must be a postgres:// URL');
  if (databaseUrl && !dashboardSecret) {
    throw new Error('DASHBOARD_SECRET is required with DATABASE_URL: every instance must open the same sealed partner key');
  }
  if (dashboardSecret !== undefined && dashboardSecret.length < 32)
    throw new Error('DASHBOARD_SECRET must be at least 32 characters');
  return {
    dataDir,
    workspaceDb: env.WORKSPACE_DB || `${dataDir}/workspace.db`,
    databaseUrl,
    dashboardSecret,
    port: int('PORT', env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    upstreamUrl: env.OPENMONEY_API_URL || undefined,
    sandboxDb: env.SANDBOX_DB ?? 'data/sandbox.db',
    sandboxApiKey: env.SANDBOX_API_KEY || undefined,
    sandboxRateLimit: int('SANDBOX_RATE_LIMIT', env.SANDBOX_RATE_LIMIT, 20),
    sandboxTonUsd: tonUsd,
    fulfilmentStepMs: int('SANDBOX_FULFILMENT_STEP_MS', env.SANDBOX_FULFILMENT_STEP_MS, 1000),
    staticDir: env.STATIC_DIR ?? 'dist',
    signInPerMinute: int('SIGN_IN_RATE_LIMIT', env.SIGN_IN_RATE_LIMIT, 10),
    bulkRatePerSecond: positive('BULK_RATE_PER_SECOND', env.BULK_RATE_PER_SECOND, 5),
    bulkConcurrency: positive('BULK_CONCURRENCY', env.BULK_CONCURRENCY, 4),
    bulkLeaseMs: positive('BULK_LEASE_MS', env.BULK_LEASE_MS, 30_000, 1000),
    publicUrl: publicUrl(env.PUBLIC_URL),
    trustProxy: (env.TRUST_PROXY ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean),
  };
}
