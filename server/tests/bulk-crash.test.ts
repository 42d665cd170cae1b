import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as z from 'zod/mini';
import { okEnvelopeSchema, orderListSchema } from '../../contract';
import { type BulkJob, bulkJobSchema, bulkRowPageSchema } from '../../contract/bulk';
import { type ServerProcess, sandboxDataDir, startServerProcess } from './server-process';

const ROWS = 1000;
const KEY = 'osk_bulk_crash_test_key_0001';

/**
 * A 1,000-row job on a real server process, killed with SIGKILL at ~40 % and started again on the same
 * data directory: the job resumes by itself and ends with exactly one order per row — checked with the
 * partner's own key through by-reference, each row's own client reference — and a complete results CSV.
 */
describe('a bulk job survives kill -9', () => {
  const { dataDir, env: own, remove } = sandboxDataDir('bulk-crash', KEY);
  const env = {
    ...own,
    SANDBOX_RATE_LIMIT: '0',
    BULK_RATE_PER_SECOND: '150',
    BULK_CONCURRENCY: '4',
    // A killed worker's rows are taken again once their lease runs out.
    BULK_LEASE_MS: '3000',
  };
  let running: ServerProcess | undefined;
  afterAll(async () => {
    await running?.stop();
    remove();
  });

  async function read<S extends z.ZodMiniType>(origin: string, path: string, schema: S, cookie: string): Promise<z.output<S>> {
    const res = await fetch(`${origin}${path}`, { headers: { Cookie: cookie, Origin: origin } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${text}`);
    return schema.parse(okEnvelopeSchema.parse(JSON.parse(text)).data);
  }

  it('resumes after a restart and makes exactly one order per row', async () => {
    running = await startServerProcess(env);
    let origin = running.origin;
    const signIn = await fetch(`${origin}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ demo: true }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const rows = Array.from({ length: ROWS }, (_, index) => ({
      recipient: `crash_buyer_${index + 1}`,
      product: index % 10 === 9 ? 'premium' : 'stars',
      ...(index % 10 === 9 ? { months: 3 } : { quantity: 50 + (index % 50) }),
      client_reference: `crash-${index + 1}`,
    }));
    const created = await fetch(`${origin}/workspace/bulk/jobs`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ request_id: randomUUID(), rows }),
    });
    const job = bulkJobSchema.parse(okEnvelopeSchema.parse(await created.json()).data);

    let atKill: BulkJob | undefined;
    await vi.waitFor(
      async () => {
        atKill = await read(origin, `/workspace/bulk/jobs/${job.id}`, bulkJobSchema, cookie);
        if (atKill.progress.done < ROWS * 0.4) throw new Error(`${atKill.progress.done} done`);
      },
      { timeout: 60_000, interval: 20 },
    );
    // Kill at the worst moment we can see from outside: while a row is leased (its create in flight).
    const workspaceDb = new Database(join(dataDir, 'workspace.db'), { readonly: true });
    const leased = workspaceDb.prepare('SELECT row FROM bulk_rows WHERE lease_owner IS NOT NULL LIMIT 1').pluck();
    const inFlight = await vi
      .waitFor(
        () => {
          const row = leased.get();
          if (typeof row !== 'number') throw new Error('no row in flight');
          return row;
        },
        { timeout: 5000, interval: 1 },
      )
      .catch(() => undefined);
    running.child.kill('SIGKILL');
    workspaceDb.close();
    await new Promise((resolve) => running?.child.once('exit', resolve));
    const doneAtKill = atKill?.progress.done ?? 0;
    expect(doneAtKill).toBeLessThan(ROWS * 0.6);

    running = await startServerProcess(env);
    origin = running.origin;
    const finished = await vi.waitFor(
      async () => {
        const now = await read(origin, `/workspace/bulk/jobs/${job.id}`, bulkJobSchema, cookie);
        if (now.status !== 'completed') throw new Error(`${now.status}: ${now.progress.done} done`);
        return now;
      },
      { timeout: 60_000, interval: 100 },
    );
    expect(finished.progress).toMatchObject({ total: ROWS, done: ROWS, failed: 0, remaining: 0, cancelled: 0 });

    // One order per row, and it is the row's: each client reference finds exactly the order the row recorded.
    const results = new Map<number, number | null>();
    let resent = 0;
    for (let offset = 0; offset < ROWS; offset += 500) {
      const page = await read(
        origin,
        `/workspace/bulk/jobs/${job.id}/rows?limit=500&offset=${offset}`,
        bulkRowPageSchema,
        cookie,
      );
      for (const row of page.items) results.set(row.row, row.order_id);
      resent += page.items.filter((row) => row.attempts > 1).length;
    }
    console.log(
      `bulk crash test: killed at ${doneAtKill}/${ROWS} done with row ${inFlight ?? 'none'} leased; ${resent} rows sent again after the restart`,
    );
    for (let row = 1; row <= ROWS; row++) {
      const res = await fetch(`${origin}/api/v1/orders/by-reference/crash-${row}`, {
        headers: { Authorization: `Bearer ${KEY}` },
      });
      const orders = orderListSchema.parse(okEnvelopeSchema.parse(await res.json()).data);
      expect([row, orders.map((order) => order.id)]).toEqual([row, [results.get(row)]]);
    }
    const ids = [...results.values()];
    expect(new Set(ids).size).toBe(ROWS);

    const csv = await fetch(`${origin}/workspace/bulk/jobs/${job.id}/results.csv`, { headers: { Cookie: cookie } });
    const [header, ...lines] = Papa.parse<string[]>(await csv.text(), { skipEmptyLines: true }).data;
    const column = (name: string) => (header ?? []).indexOf(name);
    expect(lines.length).toBe(ROWS);
    expect(lines.map((line) => line[column('row')])).toEqual(Array.from({ length: ROWS }, (_, index) => String(index + 1)));
    expect(lines.every((line) => line[column('state')] === 'done' && /^\d+$/.test(line[column('order_id')] ?? ''))).toBe(true);
    expect(new Set(lines.map((line) => line[column('order_id')])).size).toBe(ROWS);
  }, 180_000);
});
