import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { BulkRow } from '../../../contract/bulk';
import type { ClaimedRow } from '../../workspace/store/bulk-rows';
import type { Workspace } from '../../workspace/workspace';
import { manualClock, storageSuite } from './harness';

const BY = { id: 'operator-id', name: 'Oskar Operator' };
const rows = (count: number): BulkRow[] =>
  Array.from({ length: count }, (_, index) => ({ recipient: `buyer_${index + 1}`, product: 'stars', quantity: 50 }));
const newJob = (count: number, requestId = randomUUID()) => ({
  requestId,
  rows: rows(count),
  paymentMethod: 'ton_memo',
  paymentCurrency: 'TON',
  fileName: null,
  by: BY,
});
const done = { kind: 'failed' as const, code: 'VALIDATION_ERROR', message: 'x' };

/** Claims rows until none is left, recording which this claimer got. */
async function claimAll(workspace: Workspace, jobId: string, owner: string, got: ClaimedRow[]) {
  for (;;) {
    const row = await workspace.bulkRows.claim(jobId, owner, 60_000);
    if (!row) return;
    got.push(row);
  }
}

storageSuite('bulk jobs', ({ open, peer }) => {
  it('makes one job per request id, even when two instances race with it', async () => {
    const a = await open();
    const b = await peer(a);
    const requestId = randomUUID();
    const [first, second] = await Promise.all([a.bulkJobs.create(newJob(3, requestId)), b.bulkJobs.create(newJob(3, requestId))]);
    expect(first.job.id).toBe(second.job.id);
    expect([first.created, second.created].filter(Boolean)).toHaveLength(1);
    expect(await a.db.selectFrom('bulk_rows').select('row').execute()).toHaveLength(3);
  });

  it('never gives one row to two claimers, whichever instance they run in', async () => {
    const a = await open();
    const b = await peer(a);
    const { job } = await a.bulkJobs.create(newJob(60));
    const got: ClaimedRow[][] = Array.from({ length: 6 }, () => []);
    await Promise.all(got.map((mine, index) => claimAll(index % 2 ? b : a, job.id, `worker-${index}`, mine)));
    const all = got.flat().map((row) => row.row);
    expect(all.length).toBe(60);
    expect(new Set(all).size).toBe(60);
  });

  it('takes a row back only after its lease expired, and records an outcome only for the lease holder', async () => {
    const clock = manualClock();
    const workspace = await open({ now: clock.now });
    const { job } = await workspace.bulkJobs.create(newJob(1));
    const held = await workspace.bulkRows.claim(job.id, 'first', 5000);
    expect(await workspace.bulkRows.claim(job.id, 'second', 5000)).toBeUndefined();
    clock.advance(5001);
    const retaken = await workspace.bulkRows.claim(job.id, 'second', 5000);
    expect(retaken).toMatchObject({ row: 1, attempts: 2 });
    if (!held || !retaken) throw new Error('no claim');
    expect(await workspace.bulkRows.finish(held, 'first', done)).toBe(false);
    expect(await workspace.bulkRows.finish(retaken, 'second', done)).toBe(true);
    expect(await workspace.bulkJobs.completeIfDone(job.id)).toBe(true);
    expect(await workspace.bulkJobs.completeIfDone(job.id)).toBe(false);
  });

  it('claims nothing from a paused or cancelled job; cancelling ends the rows not in flight', async () => {
    const workspace = await open();
    const { job } = await workspace.bulkJobs.create(newJob(3));
    const inFlight = await workspace.bulkRows.claim(job.id, 'w', 60_000);
    expect(await workspace.bulkJobs.transition(job.id, ['running'], 'paused')).toMatchObject({ status: 'paused' });
    expect(await workspace.bulkRows.claim(job.id, 'w', 60_000)).toBeUndefined();
    const [one, two] = await Promise.all([
      workspace.bulkJobs.transition(job.id, ['running', 'paused'], 'cancelled'),
      workspace.bulkJobs.transition(job.id, ['running', 'paused'], 'cancelled'),
    ]);
    expect([one, two].filter(Boolean)).toHaveLength(1);
    if (!inFlight) throw new Error('no claim');
    // the row in flight still records what the upstream did
    expect(await workspace.bulkRows.finish(inFlight, 'w', done)).toBe(true);
    const states = await workspace.db.selectFrom('bulk_rows').select(['row', 'state']).orderBy('row').execute();
    expect(states.map((row) => row.state)).toEqual(['failed', 'cancelled', 'cancelled']);
    expect(await workspace.bulkJobs.transition(job.id, ['paused'], 'running')).toBeUndefined();
  });

  it('hands out turns 1/rate apart to every instance, and a Retry-After holds them all', async () => {
    const clock = manualClock();
    const a = await open({ now: clock.now });
    const b = await peer(a);
    const slots = await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 ? b : a).bulkPace.reserve(50)));
    const sorted = [...slots].sort((x, y) => x - y);
    expect(sorted.map((slot) => slot - (sorted[0] ?? 0))).toEqual(Array.from({ length: 20 }, (_, index) => index * 50));
    expect(sorted[0]).toBe(clock.now());
    await a.bulkPace.holdUntil(clock.now() + 10_000);
    expect(await b.bulkPace.reserve(50)).toBe(clock.now() + 10_000);
  });
});
