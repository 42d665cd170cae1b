/**
 * npm run bench:api — seeds 100,000 orders into a temporary database, serves the sandbox on loopback and
 * prints p50/p95 per query plus create throughput against /health throughput measured in the same run;
 * then the dashboard proxy's added cost (a signed-in member, session and role in the database) with the
 * workspace on SQLite and on PostgreSQL (DATABASE_URL, or a throwaway cluster from scripts/postgres.sh).
 * Targets: each query p95 ≤ 10 ms; idempotent creates ≥ 0.35 × the /health floor; proxy p95 added ≤ 1 ms
 * (SQLite) and ≤ 3 ms (PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, latencies, listen, loadFromWorker, percentile } from './bench-harness';
import { measureProxyCost, printProxyCost } from './bench-proxy';
import { BENCH_ORDERS, seededSandbox } from './bench-seeded';
import { freshSchema, startCluster } from './postgres-cluster';

const COUNT = BENCH_ORDERS;
const KEY = 'osk_bench_key_000000';
const seeded = seededSandbox(KEY, COUNT);
const { sandbox } = seeded;
console.log(`seeded ${COUNT} orders in ${seeded.seedSeconds.toFixed(1)} s`);

const samples = sandbox.deps.db
  .prepare<[], { payment_memo: string; client_reference: string | null }>(
    'SELECT payment_memo, client_reference FROM orders WHERE client_reference IS NOT NULL ORDER BY random() LIMIT 300',
  )
  .all();
const server = await listen(sandbox.app.fetch);
const headers = { Authorization: `Bearer ${KEY}` };
const get = (path: string) => fetch(`${server.base}/api/v1${path}`, { headers });
const pick = (i: number) => samples[i % samples.length] ?? { payment_memo: 'none', client_reference: 'none' };

const queries: [string, (i: number) => Promise<Response>][] = [
  ['list first page', () => get('/orders?limit=20')],
  ['list deep page', () => get(`/orders?limit=20&offset=${COUNT - 20}`)],
  ['list status filter', () => get('/orders?limit=50&status=completed&offset=1000')],
  ['list recipient prefix', () => get('/orders?limit=20&recipient=user_00')],
  ['by-memo', (i) => get(`/orders/by-memo/${pick(i).payment_memo}`)],
  ['by-reference', (i) => get(`/orders/by-reference/${encodeURIComponent(pick(i).client_reference ?? '')}`)],
  ['stats summary (30 d)', () => get('/orders/stats/summary')],
  [
    'stats summary (90 d)',
    () => get(`/orders/stats/summary?from=${new Date(Date.now() - 89 * 864e5).toISOString().slice(0, 10)}`),
  ],
];

let worstP95 = 0;
console.log('\nquery                      p50        p95');
for (const [name, call] of queries) {
  await latencies(30, call); // warm-up
  const times = await latencies(300, call);
  const p95 = percentile(times, 95);
  worstP95 = Math.max(worstP95, p95);
  console.log(`${name.padEnd(24)} ${fmt(percentile(times, 50)).padStart(10)} ${fmt(p95).padStart(10)}`);
}

// Throughput: the load generator runs on its own thread; warm both paths first.
const health = async (count: number) => loadFromWorker({ url: `${server.base}/api/v1/health`, count, concurrency: 8 });
const creates = async (count: number, keyPrefix: string) =>
  loadFromWorker({
    url: `${server.base}/api/v1/orders/stars`,
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ recipient_username: 'bench_user', quantity: 100, payment_method: 'ton_memo' }),
    keyPrefix,
    count,
    concurrency: 8,
  });
await health(500);
await creates(300, 'warm-');
const healthRps = await health(4000);
const createRps = await creates(3000, 'bench-');
const ratio = createRps / healthRps;
console.log(`\n/health throughput (floor)   ${healthRps.toFixed(0)} req/s`);
console.log(`idempotent creates           ${createRps.toFixed(0)} req/s  = ${ratio.toFixed(2)}× floor (target ≥ 0.35×)`);
console.log(`worst query p95              ${fmt(worstP95)} (target ≤ 10 ms)`);

// The dashboard in front of the same sandbox: what a member's request pays for the workspace.
const cluster = process.env.DATABASE_URL ? undefined : startCluster();
process.once('exit', () => cluster?.stop());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const postgres = await freshSchema(process.env.DATABASE_URL ?? cluster?.url ?? '', 'bench');
const sqliteDir = mkdtempSync(join(tmpdir(), 'om-bench-workspace-'));
const proxy = {
  sandbox: sandbox.app,
  sandboxBase: server.base,
  apiKey: KEY,
  paths: [
    ['list first page', '/orders?limit=20'],
    ['by-memo', `/orders/by-memo/${pick(0).payment_memo}`],
    ['balance', '/balance'],
  ] satisfies [string, string][],
  samples: Number(process.env.BENCH_PROXY_SAMPLES ?? 2000),
};
let proxyMet = false;
try {
  const onSqlite = await measureProxyCost({ ...proxy, storage: { kind: 'sqlite', file: join(sqliteDir, 'workspace.db') } });
  const onPostgres = await measureProxyCost({ ...proxy, storage: { kind: 'postgres', url: postgres.url } });
  proxyMet = printProxyCost('SQLite (WAL, file)', onSqlite, 1);
  proxyMet = printProxyCost(`PostgreSQL (${cluster ? 'throwaway cluster' : 'DATABASE_URL'})`, onPostgres, 3) && proxyMet;
} finally {
  await postgres.drop();
  rmSync(sqliteDir, { recursive: true, force: true });
}
const missed = [
  worstP95 > 10 && 'a query p95 over 10 ms',
  ratio < 0.35 && 'creates under 0.35× the /health floor',
  !proxyMet && 'the proxy added cost',
].filter(Boolean);
console.log(`\nverdict: ${missed.length === 0 ? 'targets met' : `TARGETS MISSED (${missed.join(', ')})`}`);
server.close();
seeded.dispose();
cluster?.stop();
