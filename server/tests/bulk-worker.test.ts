import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { nanoToTon } from '../../contract';
import { bulkIdempotencyKey } from '../../contract/bulk';
import { problem, rateLimited, starsRows, startBulkDashboard } from './bulk-harness';

describe('the bulk worker', () => {
  it('never sends faster than the rate: turns are 1/rate apart', async () => {
    const bulk = startBulkDashboard({ ratePerSecond: 5 });
    await bulk.startJob(starsRows(6));
    await bulk.bulkWorker.drain();
    const gaps = bulk.sent.slice(1).map((create, index) => create.at - (bulk.sent[index]?.at ?? 0));
    expect(gaps).toEqual([200, 200, 200, 200, 200]);
  });

  it('honours 429 Retry-After: the row waits, and nobody sends before the time it was told', async () => {
    const bulk = startBulkDashboard({ ratePerSecond: 5 });
    const job = await bulk.startJob(starsRows(3));
    bulk.answerWith((attempt, key) => (key.endsWith(':2') && attempt === 1 ? rateLimited(3) : undefined));
    await bulk.bulkWorker.drain();
    const limitedAt = bulk.sent[1]?.at ?? 0;
    // every turn waits for the Retry-After (the limit is per key), then row 2 goes first again
    expect(bulk.sent.map((create) => create.key.split(':')[2])).toEqual(['1', '2', '2', '3']);
    expect((bulk.sent[2]?.at ?? 0) - limitedAt).toBeGreaterThanOrEqual(3000);
    const rows = (await bulk.rows(job.id)).items;
    expect(rows.map((row) => [row.state, row.attempts])).toEqual([
      ['done', 1],
      ['done', 2],
      ['done', 1],
    ]);
    expect((await bulk.byReference('ref-2')).length).toBe(1);
  });

  it('retries 5xx and network failures with growing backoff, and the upstream makes the order once', async () => {
    const bulk = startBulkDashboard({ ratePerSecond: 100 });
    const job = await bulk.startJob(starsRows(1));
    bulk.answerWith((attempt) =>
      attempt === 1
        ? problem(503, 'SERVICE_UNAVAILABLE', 'maintenance')
        : attempt === 2
          ? new TypeError('fetch failed')
          : undefined,
    );
    expect(await bulk.bulkWorker.drain()).toBe(1); // the rest waits for its backoff
    const waiting = (await bulk.rows(job.id)).items[0];
    expect(waiting).toMatchObject({ state: 'pending', error_code: 'SERVICE_UNAVAILABLE' });
    expect(waiting?.error).toMatch(/had trouble \(maintenance\); the row is sent again shortly\.$/);
    bulk.clock.advance(1500);
    expect(await bulk.bulkWorker.drain()).toBe(1);
    expect((await bulk.rows(job.id)).items[0]).toMatchObject({ state: 'pending', error_code: 'NETWORK_ERROR' });
    bulk.clock.advance(1000);
    expect(await bulk.bulkWorker.drain()).toBe(0); // the second backoff is longer
    bulk.clock.advance(2000);
    expect(await bulk.bulkWorker.drain()).toBe(1);
    expect((await bulk.rows(job.id)).items[0]).toMatchObject({ state: 'done', attempts: 3, error: null });
    expect((await bulk.job(job.id)).status).toBe('completed');
    expect((await bulk.byReference('ref-1')).length).toBe(1);
  });

  it('fails only the row a 4xx is about (insufficient balance) and goes on', async () => {
    const bulk = startBulkDashboard();
    const job = await bulk.startJob(starsRows(3));
    bulk.answerWith((_attempt, key) =>
      key.endsWith(':2') ? problem(402, 'INSUFFICIENT_BALANCE', 'balance 0.1 TON, order costs 0.2 TON') : undefined,
    );
    await bulk.bulkWorker.drain();
    const rows = (await bulk.rows(job.id)).items;
    expect(rows.map((row) => row.state)).toEqual(['done', 'failed', 'done']);
    expect(rows[1]?.error).toBe(
      'The balance is too low to pay for this order (balance 0.1 TON, order costs 0.2 TON); top up and run the row again in a new job.',
    );
  });

  it('pauses the job when the upstream refuses the workspace key, without failing any row', async () => {
    const bulk = startBulkDashboard();
    const job = await bulk.startJob(starsRows(2));
    bulk.answerWith(() => problem(401, 'UNAUTHORIZED', 'unknown key'));
    expect(await bulk.bulkWorker.drain()).toBe(1);
    expect(await bulk.job(job.id)).toMatchObject({ status: 'paused', paused_reason: 'key_refused', progress: { remaining: 2 } });
    bulk.answerWith(undefined);
    await bulk.call('POST', `/workspace/bulk/jobs/${job.id}/resume`);
    await bulk.bulkWorker.drain();
    expect(await bulk.job(job.id)).toMatchObject({ status: 'completed', paused_reason: null, progress: { done: 2 } });
  });

  it('takes a row back once a dead worker’s lease expires; the dead worker’s late answer is not recorded', async () => {
    const bulk = startBulkDashboard({ leaseMs: 10_000 });
    const job = await bulk.startJob(starsRows(2));
    const lost = await bulk.workspace.bulkRows.claim(job.id, 'worker-that-died', 10_000);
    expect(lost?.row).toBe(1);
    expect(await bulk.bulkWorker.drain()).toBe(1); // only row 2: row 1 is leased
    bulk.clock.advance(10_001);
    expect(await bulk.bulkWorker.drain()).toBe(1);
    if (!lost) throw new Error('no row claimed');
    const late = { kind: 'failed' as const, code: 'VALIDATION_ERROR', message: 'late' };
    expect(await bulk.workspace.bulkRows.finish(lost, 'worker-that-died', late)).toBe(false);
    expect((await bulk.job(job.id)).progress).toMatchObject({ done: 2, failed: 0 });
  });

  it('two workers on one database never send the same row', async () => {
    const bulk = startBulkDashboard({ ratePerSecond: 1000 });
    const job = await bulk.startJob(starsRows(40));
    const { createBulkWorker } = await import('../workspace/bulk/worker');
    const second = createBulkWorker({
      workspace: bulk.workspace,
      upstream: async (path, init) => bulk.app.request(`http://127.0.0.1:3000/api/v1${path}`, init),
      ratePerSecond: 1000,
      sleep: async (ms) => bulk.clock.advance(ms),
    });
    const [a, b] = await Promise.all([bulk.bulkWorker.drain(), second.drain()]);
    expect(a + b).toBe(40);
    expect(Math.min(a, b)).toBeGreaterThan(0);
    expect((await bulk.job(job.id)).progress).toMatchObject({ done: 40, remaining: 0 });
    // both reach the sandbox through the recording upstream (the second through the proxy): 40 keys, each once
    expect(bulk.sent.length).toBe(40);
    expect(new Set(bulk.sent.map((create) => create.key)).size).toBe(40);
  });

  it('writes the results CSV: BOM, every row in order, exact amounts, formulas neutralised', async () => {
    const bulk = startBulkDashboard();
    const job = await bulk.startJob([
      { recipient: 'alice_bulk', product: 'stars', quantity: 100, client_reference: '=HYPERLINK("x")' },
      { recipient: 'nouser_bob', product: 'stars', quantity: 50, client_reference: 'plain, "quoted"' },
    ]);
    await bulk.bulkWorker.drain();
    const res = await bulk.call('GET', `/workspace/bulk/jobs/${job.id}/results.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="bulk-job-[0-9a-f]{8}-results\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM (a text decoder would hide it)
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('row,recipient,product,quantity,months,client_reference,state,order_id,')).toBe(true);
    const [header, ...lines] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const rows = (await bulk.rows(job.id)).items;
    expect(lines.length).toBe(2);
    const record = (line: string[] | undefined) => Object.fromEntries((header ?? []).map((name, index) => [name, line?.[index]]));
    expect(record(lines[0])).toMatchObject({
      row: '1',
      client_reference: `'=HYPERLINK("x")`,
      state: 'done',
      order_id: String(rows[0]?.order_id),
      amount_ton: nanoToTon(rows[0]?.amount_nano ?? '0'),
      idempotency_key: bulkIdempotencyKey(job.id, 1),
    });
    expect(record(lines[1])).toMatchObject({ row: '2', client_reference: 'plain, "quoted"', state: 'failed', order_id: '' });
  });
});
