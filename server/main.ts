import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { createDashboardApp } from './dashboard/app';
import { inProcessUpstream, remoteUpstream, type Upstream } from './dashboard/upstream';
import { createSandbox } from './sandbox/app';
import { createBulkWorker } from './workspace/bulk/worker';
import { workspaceFromConfig } from './workspace/from-config';

const config = readConfig();
const workspace = workspaceFromConfig(config);
console.log(config.databaseUrl ? 'Workspace on PostgreSQL (DATABASE_URL)' : `Workspace on ${config.workspaceDb}`);
const dashboardSettings = {
  workspace,
  staticDir: config.staticDir,
  listen: { host: config.host, port: config.port },
  publicUrl: config.publicUrl,
  trustProxy: config.trustProxy,
};

/** The worker creating bulk jobs' orders through the same upstream the proxy uses; resumes unfinished jobs at start. */
const bulkWorkerFor = (upstream: Upstream) =>
  createBulkWorker({
    workspace,
    upstream,
    ratePerSecond: config.bulkRatePerSecond,
    concurrency: config.bulkConcurrency,
    leaseMs: config.bulkLeaseMs,
    log: (line) => console.log(line),
  });

function start() {
  if (config.upstreamUrl) {
    console.log(`Upstream partner API: ${config.upstreamUrl}`);
    const upstream = remoteUpstream(config.upstreamUrl);
    const bulkWorker = bulkWorkerFor(upstream);
    return { bulkWorker, app: createDashboardApp({ upstream, mode: 'upstream', bulkWorker, ...dashboardSettings }) };
  }
  if (config.sandboxDb !== ':memory:') mkdirSync(dirname(config.sandboxDb), { recursive: true });
  const sandbox = createSandbox({
    dbFile: config.sandboxDb,
    apiKey: config.sandboxApiKey,
    rateLimitPerSecond: config.sandboxRateLimit,
    tonUsd: config.sandboxTonUsd,
    fulfilmentStepMs: config.fulfilmentStepMs,
    onError: (error) => console.error('sandbox error', error),
  });
  sandbox.start();
  console.log(`Embedded sandbox on ${config.sandboxDb} (no OPENMONEY_API_URL set)`);
  // No key is ever printed, not even the sandbox's: logs get copied around. Curl users choose theirs with SANDBOX_API_KEY.
  console.log(`Sandbox demo partner key: osk_…${sandbox.demoKey.slice(-4)} (set SANDBOX_API_KEY to choose it)`);
  const upstream = inProcessUpstream(sandbox.app);
  const bulkWorker = bulkWorkerFor(upstream);
  const app = createDashboardApp({
    upstream,
    mode: 'sandbox',
    demoKey: sandbox.demoKey,
    sandboxApp: sandbox.app,
    bulkWorker,
    ...dashboardSettings,
  });
  return { bulkWorker, app };
}

const { app, bulkWorker } = start();
void workspace.ready.then(() => bulkWorker.start());
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`Dashboard on http://${config.host}:${info.port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void bulkWorker
      .stop()
      .then(() => workspace.close())
      .finally(() => process.exit(0));
  });
}
