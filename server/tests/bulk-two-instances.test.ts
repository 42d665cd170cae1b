import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { type ServerType, serve } from '@hono/node-server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { okEnvelopeSchema, orderPageSchema } from '../../contract';
import { bulkJobSchema } from '../../contract/bulk';
import { createSandbox } from '../sandbox/app';
import { freshDatabase } from '../scripts/postgres-cluster';
import { testDatabaseUrl } from './postgres-url';
import { bareStaticDir, freePort, type ServerProcess, startServerProcess } from './server-process';

const KEY = 'osk_bulk_two_instances_key_0001';
const ROWS = 1000;
const RATE = 200;

/**
 * Two dashboard processes on one PostgreSQL work one 1,000-row job. The sandbox runs here, behind a door
 * that counts every create that reaches it per Idempotency-Key (both instances use it as their upstream):
 * each key arrives exactly once, the sandbox made exactly 1,000 orders and replayed none, both instances
 * took rows, and together they kept one pace (the rate is per partner key, not per instance).
 */
describe('two instances on PostgreSQL share one bulk job', () => {
  const staticDir = bareStaticDir();
  const sandbox = createSandbox({ apiKey: KEY, rateLimitPerSecond: 0 });
  const creates = new Map<string, number>();
  const arrivals: number[] = [];
  let replays = 0;
  let door: ServerType | undefined;
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  const instances: ServerProcess[] = [];

  beforeAll(async () => {
    const port = await freePort();
    door = serve({
      port,
      hostname: '127.0.0.1',
      fetch: async (request) => {
        const key = request.headers.get('idempotency-key');
        const create = request.method === 'POST' && /\/orders\/(stars|premium)$/.test(new URL(request.url).pathname);
        if (create && key) {
          creates.set(key, (creates.get(key) ?? 0) + 1);
          arrivals.push(performance.now());
        }
        const response = await sandbox.app.fetch(request);
        if (create && response.headers.get('idempotent-replayed') === 'true') replays++;
        return response;
      },
    });
    database = await freshDatabase(testDatabaseUrl(), 'bulk_two');
    const env = {
      DATABASE_URL: database.url,
      DASHBOARD_SECRET: randomBytes(32).toString('base64url'),
      OPENMONEY_API_URL: `http://127.0.0.1:${port}/api/v1`,
      STATIC_DIR: staticDir,
      DATA_DIR: staticDir,
      BULK_RATE_PER_SECOND: String(RATE),
      BULK_CONCURRENCY: '4',
    };
    instances.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    door?.close();
    await database?.drop();
    sandbox.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('no row is sent twice, every row makes one order, and the pace is shared', async () => {
    const [a, b] = instances;
    if (!a || !b || !database) throw new Error('instances did not start');
    const setUp = await fetch(`${a.origin}/workspace/setup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: a.origin },
      body: JSON.stringify({ name: 'Olga Owner', email: 'owner@example.com', password: 'correct horse battery', api_key: KEY }),
    });
    expect(setUp.status).toBe(200);
    const cookie = (setUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const rows = Array.from({ length: ROWS }, (_, index) => ({
      recipient: `shared_buyer_${index + 1}`,
      product: 'stars',
      quantity: 50,
      client_reference: `shared-${index + 1}`,
    }));
    const created = await fetch(`${a.origin}/workspace/bulk/jobs`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: a.origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ request_id: randomUUID(), rows }),
    });
    const job = bulkJobSchema.parse(okEnvelopeSchema.parse(await created.json()).data);
    const finished = await vi.waitFor(
      async () => {
        const res = await fetch(`${b.origin}/workspace/bulk/jobs/${job.id}`, { headers: { Cookie: cookie } });
        const now = bulkJobSchema.parse(okEnvelopeSchema.parse(await res.json()).data);
        if (now.status !== 'completed') throw new Error(`${now.status}: ${now.progress.done} done`);
        return now;
      },
      { timeout: 60_000, interval: 200 },
    );
    expect(finished.progress).toMatchObject({ done: ROWS, failed: 0, remaining: 0 });

    // What reached the sandbox: each row's key exactly once, and no replay (nobody sent a key again).
    expect(creates.size).toBe(ROWS);
    expect([...creates.values()].filter((count) => count !== 1)).toEqual([]);
    expect(replays).toBe(0);
    const all = await sandbox.app.request('/api/v1/orders?limit=1', { headers: { Authorization: `Bearer ${KEY}` } });
    expect(orderPageSchema.parse((await all.json()).data).total).toBe(ROWS);

    // Both instances took rows (each process's worker records itself on the rows it finished).
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows: byWorker } = await client.query<{ finished_by: string; n: string }>(
      'SELECT finished_by, count(*) AS n FROM bulk_rows GROUP BY finished_by ORDER BY n DESC',
    );
    await client.end();
    expect(byWorker.length).toBe(2);
    expect(Math.min(...byWorker.map((row) => Number(row.n)))).toBeGreaterThan(0);

    // One pace for both: 1,000 creates at 200/s take ~5 s whoever sends them (two paces would take half).
    const seconds = ((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)) / 1000;
    console.log(
      `bulk on two instances: ${byWorker.map((row) => row.n).join(' + ')} rows; ${ROWS} creates in ${seconds.toFixed(2)} s (pace floor ${((ROWS - 1) / RATE).toFixed(2)} s)`,
    );
    expect(seconds).toBeGreaterThan(((ROWS - 1) / RATE) * 0.95);
  }, 120_000);
});
