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
}

function int(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
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
  return {
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
    publicUrl: publicUrl(env.PUBLIC_URL),
    trustProxy: (env.TRUST_PROXY ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean),
  };
}
