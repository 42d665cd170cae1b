import { randomUUID } from 'node:crypto';
import type { Upstream } from '../../dashboard/upstream';
import { deadline } from '../../lib/deadline';
import type { ClaimedRow, RowOutcome } from '../store/bulk-rows';
import type { Workspace } from '../workspace';
import { backoffMs, createRequest, rowOutcome, sentence } from './row-outcome';

export interface BulkWorkerOptions {
  workspace: Workspace;
  /** The same upstream the proxy uses, called with the workspace's partner key. */
  upstream: Upstream;
  /** At most this many creates per second, across every worker of every instance (BULK_RATE_PER_SECOND). */
  ratePerSecond: number;
  /** Rows in flight at once in this process (enough to keep the pace when the upstream is slow). */
  concurrency?: number;
  /** How long a claimed row is this worker's; after that (a crash) anyone may take it again. */
  leaseMs?: number;
  /** How often an idle worker looks for work another instance (or a resumed job) made available. */
  idlePollMs?: number;
  /** Waits until the pace allows a send; tests pass one that moves a manual clock. */
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export type BulkWorker = ReturnType<typeof createBulkWorker>;

/**
 * Creates the orders of running bulk jobs: waits for its turn in the shared pace, claims a row (lease),
 * sends the create with the row's derived Idempotency-Key and records the outcome while the lease is
 * still its own. Several instances run one each; the database decides who takes which row.
 */
export function createBulkWorker(options: BulkWorkerOptions) {
  const { workspace, upstream } = options;
  const intervalMs = 1000 / options.ratePerSecond;
  const leaseMs = options.leaseMs ?? 30_000;
  const requestTimeoutMs = Math.min(20_000, Math.floor(leaseMs / 3));
  const owner = `worker-${randomUUID()}`;
  const log = options.log ?? (() => {});
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const waiters = new Set<() => void>();
  let loops: Promise<void>[] = [];
  let stopping = false;
  let halt = stopSignal();

  async function partnerKey(): Promise<string | undefined> {
    const row = await workspace.settings.row();
    return workspace.settings.openKey(row?.key_sealed ?? null);
  }

  /**
   * Waits for the next turn in the shared pace, then claims a row and sends it; false when there was
   * nothing to take. The turn comes first, so a lease only has to cover the request itself.
   */
  async function step(): Promise<boolean> {
    const jobs = await workspace.bulkJobs.running();
    if (jobs.length === 0) return false;
    const key = await partnerKey();
    if (!key) return false;
    const wait = (await workspace.bulkPace.reserve(intervalMs)) - workspace.now();
    if (wait > 0) await Promise.race([sleep(wait), halt.promise]); // a long Retry-After does not hold up a shutdown
    if (stopping) return false;
    // A job paused meanwhile is skipped by the claim itself (it takes rows of running jobs only).
    for (const jobId of jobs) {
      const claimed = await workspace.bulkRows.claim(jobId, owner, leaseMs);
      if (claimed) {
        await handle(claimed, key);
        return true;
      }
    }
    return false;
  }

  async function handle(claimed: ClaimedRow, key: string): Promise<void> {
    const outcome = await send(claimed, key);
    if (outcome.kind === 'key_refused') {
      const message = 'The partner API refused the workspace key; the owner must replace it, then resume the job.';
      await workspace.bulkRows.finish(claimed, owner, { kind: 'retry', delayMs: 0, code: 'UNAUTHORIZED', message });
      await workspace.bulkJobs.transition(claimed.jobId, ['running'], 'paused', 'key_refused');
      log(`bulk job ${claimed.jobId} paused: the workspace key was refused`);
      return;
    }
    if (outcome.kind === 'retry' && outcome.code === 'RATE_LIMITED') {
      await workspace.bulkPace.holdUntil(workspace.now() + outcome.delayMs);
    }
    const recorded = await workspace.bulkRows.finish(claimed, owner, outcome);
    if (!recorded) return; // the lease ran out and someone else has the row: their answer counts
    if (outcome.kind === 'done') await workspace.authors.record(outcome.order.id, claimed.createdBy);
    if (outcome.kind === 'done' || outcome.kind === 'failed') {
      if (await workspace.bulkJobs.completeIfDone(claimed.jobId)) log(`bulk job ${claimed.jobId} completed`);
    }
  }

  async function send(claimed: ClaimedRow, key: string): Promise<RowOutcome | { kind: 'key_refused' }> {
    const request = createRequest(claimed);
    try {
      const response = await upstream(request.path, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${key}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': request.idempotencyKey,
        },
        body: request.body,
        signal: deadline(requestTimeoutMs),
      });
      const answer = { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
      return rowOutcome(claimed, answer, workspace.now());
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'no answer';
      return {
        kind: 'retry',
        delayMs: backoffMs(claimed.attempts),
        code: 'NETWORK_ERROR',
        message: sentence(claimed, 'NETWORK_ERROR', detail),
      };
    }
  }

  function idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      let worked = false;
      try {
        worked = await step();
      } catch (error) {
        log(`bulk worker: ${error instanceof Error ? error.message : 'unknown error'}`);
      }
      if (!worked && !stopping) await idle(options.idlePollMs ?? 1000);
    }
  }

  return {
    ratePerSecond: options.ratePerSecond,
    /** Starts the loops; jobs left running by an earlier process (or a crash) resume at once. */
    start(): void {
      if (loops.length > 0) return;
      stopping = false;
      halt = stopSignal();
      loops = Array.from({ length: options.concurrency ?? 4 }, () => loop());
    },
    /** New work (a job created or resumed): idle loops look now instead of at their next poll. */
    wake(): void {
      for (const waiter of [...waiters]) waiter();
    },
    /** Lets rows in flight finish, then stops. */
    async stop(): Promise<void> {
      stopping = true;
      halt.fire();
      for (const waiter of [...waiters]) waiter();
      await Promise.all(loops);
      loops = [];
    },
    /** Handles rows one at a time until none is claimable (tests drive the worker with this). */
    async drain(limit = Number.POSITIVE_INFINITY): Promise<number> {
      let handled = 0;
      while (handled < limit && (await step())) handled++;
      return handled;
    },
  };
}

function stopSignal(): { promise: Promise<void>; fire: () => void } {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}
