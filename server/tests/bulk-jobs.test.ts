import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { tonToNano } from '../../contract';
import { BULK_MAX_ROWS, bulkIdempotencyKey, bulkJobPageSchema, bulkJobSchema } from '../../contract/bulk';
import { starsRows, startBulkDashboard } from './bulk-harness';

const auditActions = async (bulk: ReturnType<typeof startBulkDashboard>) => {
  const page = await bulk.data(
    await bulk.call('GET', '/workspace/audit?limit=200'),
    z.looseObject({ items: z.array(z.looseObject({ action: z.string(), detail: z.record(z.string(), z.unknown()) })) }),
  );
  return page.items.filter((entry) => entry.action.startsWith('bulk.')).reverse();
};

describe('a bulk job', () => {
  it('creates one order per row, fails the rows the upstream refuses with a sentence, and completes', async () => {
    const bulk = startBulkDashboard();
    const job = await bulk.startJob([
      { recipient: 'alice_bulk', product: 'stars', quantity: 100, client_reference: 'r-1' },
      { recipient: '@bob_bulk', product: 'premium', months: 6, client_reference: 'r-2' },
      { recipient: 'nouser_carol', product: 'stars', quantity: 50, client_reference: 'r-3' },
      { recipient: 'premium_dave', product: 'premium', months: 3, client_reference: 'r-4' },
      { recipient: 'erin_bulk', product: 'stars', quantity: 10_000 },
    ]);
    expect(job).toMatchObject({ status: 'running', payment_method: 'ton_memo', created_by: { name: expect.any(String) } });
    expect(job.progress).toMatchObject({ total: 5, done: 0, failed: 0, remaining: 5, eta_seconds: 1, rate_per_second: 5 });

    expect(await bulk.bulkWorker.drain()).toBe(5);
    const done = await bulk.job(job.id);
    expect(done.status).toBe('completed');
    expect(done.finished_at).not.toBeNull();
    expect(done.progress).toMatchObject({ total: 5, done: 3, failed: 2, remaining: 0, cancelled: 0, eta_seconds: null });

    const { items } = await bulk.rows(job.id);
    expect(items.map((row) => [row.row, row.state, row.error_code])).toEqual([
      [1, 'done', null],
      [2, 'done', null],
      [3, 'failed', 'RECIPIENT_UNAVAILABLE'],
      [4, 'failed', 'RECIPIENT_UNAVAILABLE'],
      [5, 'done', null],
    ]);
    expect(items[2]?.error).toMatch(/^@nouser_carol cannot receive Telegram Stars \(.+\)\.$/);
    expect(items[3]?.error).toMatch(/^@premium_dave cannot receive Telegram Premium/);
    for (const row of items.filter((item) => item.state === 'done')) {
      expect(row.idempotency_key).toBe(bulkIdempotencyKey(job.id, row.row));
      expect(row.payment_memo).toMatch(/^(STARS|PREM)-/);
      expect(row.order_status).toBe('pending_payment');
    }
    const [first] = await bulk.byReference('r-1');
    expect(first).toMatchObject({ id: items[0]?.order_id, recipient_username: 'alice_bulk', stars_amount: 100 });
    expect(items[0]?.amount_nano).toBe(tonToNano(first?.price_ton ?? 0).toString());
    expect(await bulk.byReference('r-3')).toEqual([]);
    // who created the orders: the member who started the job
    const authors = await bulk.data(
      await bulk.call('GET', `/workspace/order-authors?ids=${items[0]?.order_id}`),
      z.record(z.string(), z.unknown()),
    );
    expect(Object.keys(authors)).toEqual([String(items[0]?.order_id)]);
    expect((await auditActions(bulk)).map((entry) => [entry.action, entry.detail.rows])).toEqual([['bulk.created', 5]]);
  });

  it('is made once per request id, and listed newest first', async () => {
    const bulk = startBulkDashboard();
    const body = { request_id: randomUUID(), rows: starsRows(3) };
    const first = await bulk.data(await bulk.call('POST', '/workspace/bulk/jobs', body), bulkJobSchema);
    const again = await bulk.data(await bulk.call('POST', '/workspace/bulk/jobs', body), bulkJobSchema);
    expect(again.id).toBe(first.id);
    bulk.clock.advance(1);
    const other = await bulk.startJob(starsRows(1), { file_name: 'promo.csv' });
    const page = await bulk.data(await bulk.call('GET', '/workspace/bulk/jobs'), bulkJobPageSchema);
    expect(page.items.map((job) => [job.id, job.file_name, job.progress.total])).toEqual([
      [other.id, 'promo.csv', 1],
      [first.id, null, 3],
    ]);
    expect((await auditActions(bulk)).length).toBe(2);
  });

  it('refuses bad rows by field and more than 10,000 rows, and takes 10,000 of the longest rows', async () => {
    const bulk = startBulkDashboard();
    const bad = await bulk.call('POST', '/workspace/bulk/jobs', {
      request_id: randomUUID(),
      rows: [{ recipient: 'ab', product: 'stars', quantity: 50 }],
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error_message).toMatch(/^rows\.0\.recipient must be 5-32 characters/);
    const many = { request_id: randomUUID(), rows: starsRows(BULK_MAX_ROWS + 1) };
    expect((await bulk.call('POST', '/workspace/bulk/jobs', many)).status).toBe(400);
    // 10,000 rows at their longest: 32-character names, 128-character references of 3-byte characters (~5 MB)
    const longest = starsRows(BULK_MAX_ROWS).map((row, index) => ({
      ...row,
      recipient: `u${String(index).padStart(31, '0')}`,
      client_reference: '€'.repeat(128),
    }));
    const full = await bulk.startJob(longest);
    expect(full.progress).toMatchObject({ total: BULK_MAX_ROWS, remaining: BULK_MAX_ROWS, eta_seconds: BULK_MAX_ROWS / 5 });
  });

  it('pauses, resumes and cancels: a paused job sends nothing, a cancelled one keeps the orders it made', async () => {
    const bulk = startBulkDashboard();
    const job = await bulk.startJob(starsRows(6));
    const control = (name: string) => bulk.call('POST', `/workspace/bulk/jobs/${job.id}/${name}`);
    expect(await bulk.bulkWorker.drain(2)).toBe(2);
    expect((await bulk.data(await control('pause'), bulkJobSchema)).status).toBe('paused');
    expect((await bulk.data(await control('pause'), bulkJobSchema)).status).toBe('paused'); // pressed twice
    expect((await bulk.job(job.id)).progress.eta_seconds).toBeNull();
    expect(await bulk.bulkWorker.drain()).toBe(0);
    expect((await bulk.data(await control('resume'), bulkJobSchema)).status).toBe('running');
    expect(await bulk.bulkWorker.drain(1)).toBe(1);
    const cancelled = await bulk.data(await control('cancel'), bulkJobSchema);
    expect(cancelled).toMatchObject({ status: 'cancelled', progress: { done: 3, remaining: 0, cancelled: 3 } });
    expect(await bulk.bulkWorker.drain()).toBe(0);
    const refused = await control('resume');
    expect([refused.status, (await refused.json()).error_message]).toEqual([409, 'this job is cancelled: it cannot be resumed']);
    expect(bulk.sent.length).toBe(3);
    expect((await auditActions(bulk)).map((entry) => entry.action)).toEqual([
      'bulk.created',
      'bulk.paused',
      'bulk.resumed',
      'bulk.cancelled',
    ]);
    expect((await bulk.call('GET', `/workspace/bulk/jobs/${randomUUID()}`)).status).toBe(404);
    expect((await bulk.call('POST', '/workspace/bulk/jobs/not-a-job/pause')).status).toBe(404);
  });
});
