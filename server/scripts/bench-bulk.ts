/**
 * npm run bench:bulk — a 1,000-row bulk job at BULK_RATE_PER_SECOND=50 against the sandbox (whose own per-key
 * limit is also 50/s, so going faster would show as 429s), timed from the job's creation to its completion,
 * against the pace floor rows ÷ rate = 20 s. Also measured in the same run: a bare pacer (the same creates
 * sent straight to the sandbox on a timer, no database, no leases) — the most this machine could do at that
 * rate. Target: job ≤ 1.15 × the pace floor.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { okEnvelopeSchema } from '../../contract';
import { bulkJobSchema } from '../../contract/bulk';
import { createDashboardApp } from '../dashboard/app';
import { inProcessUpstream } from '../dashboard/upstream';
import { createSandbox } from '../sandbox/app';
import { createBulkWorker } from '../workspace/bulk/worker';
import { createWorkspace } from '../workspace/workspace';
import { listen } from './bench-harness';

const ROWS = Number(process.env.BENCH_BULK_ROWS ?? 1000);
const RATE = Number(process.env.BENCH_BULK_RATE ?? 50);
const TARGET = 1.15;
const KEY = 'osk_bench_bulk_key_0001';
const dir = mkdtempSync(join(tmpdir(), 'om-bench-bulk-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body></body></html>');

const sandbox = createSandbox({ dbFile: join(dir, 'sandbox.db'), apiKey: KEY, rateLimitPerSecond: RATE });
sandbox.start();
const upstream = inProcessUpstream(sandbox.app);
const row = (index: number, prefix: string) => ({
  recipient: `bench_buyer_${index + 1}`,
  product: 'stars' as const,
  quantity: 50 + (index % 100),
  client_reference: `${prefix}-${index + 1}`,
});

/** The floor measured here: the same number of creates, one every 1/rate s on a timer, straight to the sandbox. */
async function barePacer(): Promise<number> {
  const started = performance.now();
  const sends: Promise<Response>[] = [];
  for (let index = 0; index < ROWS; index++) {
    const due = started + (index * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { recipient, quantity, client_reference } = row(index, 'floor');
    const body = {
      recipient_username: recipient,
      quantity,
      payment_method: 'ton_memo',
      payment_currency: 'TON',
      client_reference,
    };
    sends.push(
      upstream('/orders/stars', {
        method: 'POST',
        headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', 'Idempotency-Key': `floor-${index}` },
        body: JSON.stringify(body),
      }),
    );
  }
  const answers = await Promise.all(sends);
  const refused = answers.filter((answer) => answer.status !== 200).length;
  if (refused > 0) throw new Error(`the bare pacer got ${refused} refusals`);
  return (performance.now() - started) / 1000;
}

async function bulkJob(): Promise<{ seconds: number; limited: number; etaAtStart: number | null }> {
  const workspace = createWorkspace({ storage: { kind: 'sqlite', file: join(dir, 'workspace.db') }, secretKey: randomBytes(32) });
  await workspace.ready;
  let limited = 0;
  const counted: typeof upstream = async (path, init) => {
    const answer = await upstream(path, init);
    if (answer.status === 429) limited++;
    return answer;
  };
  const worker = createBulkWorker({ workspace, upstream: counted, ratePerSecond: RATE });
  const app = createDashboardApp({
    workspace,
    upstream,
    bulkWorker: worker,
    mode: 'sandbox',
    demoKey: KEY,
    staticDir: dir,
    log: () => {},
  });
  const server = await listen(app.fetch);
  worker.start();
  const origin = 'http://127.0.0.1:3000';
  const call = (path: string, init: RequestInit = {}) =>
    app.request(`${origin}${path}`, {
      ...init,
      headers: { Origin: origin, 'Content-Type': 'application/json', ...init.headers },
    });
  const signIn = await call('/session', { method: 'POST', body: JSON.stringify({ demo: true }) });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const rows = Array.from({ length: ROWS }, (_, index) => row(index, 'bench'));
  const created = await call('/workspace/bulk/jobs', {
    method: 'POST',
    headers: { Cookie: cookie },
    body: JSON.stringify({ request_id: randomUUID(), rows }),
  });
  const job = bulkJobSchema.parse(okEnvelopeSchema.parse(await created.json()).data);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const res = await call(`/workspace/bulk/jobs/${job.id}`, { headers: { Cookie: cookie } });
    const now = bulkJobSchema.parse(okEnvelopeSchema.parse(await res.json()).data);
    if (now.status === 'completed') {
      if (now.progress.done !== ROWS) throw new Error(`only ${now.progress.done} of ${ROWS} rows made an order`);
      await worker.stop();
      server.close();
      await workspace.close();
      const seconds = (Date.parse(now.finished_at ?? '') - Date.parse(now.created_at)) / 1000;
      return { seconds, limited, etaAtStart: job.progress.eta_seconds };
    }
  }
}

const floor = ROWS / RATE;
console.log(`bench:bulk — ${ROWS} rows at ${RATE} creates/s; the sandbox allows ${RATE}/s per key`);
const bare = await barePacer();
console.log(
  `bare pacer (timer → sandbox, no job)  ${bare.toFixed(2)} s  = ${(bare / floor).toFixed(3)} × the pace floor ${floor} s`,
);
const result = await bulkJob();
console.log(
  `bulk job (created → completed)       ${result.seconds.toFixed(2)} s  = ${(result.seconds / floor).toFixed(3)} × the pace floor, ${(result.seconds / bare).toFixed(3)} × the bare pacer`,
);
console.log(`ETA shown at the start ${result.etaAtStart} s; 429 answers ${result.limited}`);
console.log(`target ≤ ${TARGET} × the pace floor: ${result.seconds / floor <= TARGET ? 'met' : 'NOT met'}`);
sandbox.close();
rmSync(dir, { recursive: true, force: true });
