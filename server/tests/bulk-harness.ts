import { randomBytes, randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { okEnvelopeSchema, orderListSchema } from '../../contract';
import { type BulkRowInput, bulkJobSchema, bulkRowPageSchema } from '../../contract/bulk';
import type { Upstream } from '../dashboard/upstream';
import { manualClock } from '../sandbox/clock';
import { createWorkspace } from '../workspace/workspace';
import { ORIGIN, startDashboard } from './dashboard-harness';
import { TEST_KEY } from './sandbox-harness';

/** Every create that reached the sandbox: its Idempotency-Key and when (on the workspace's manual clock). */
export interface SentCreate {
  key: string;
  at: number;
}

/**
 * A dashboard on a manual clock whose bulk worker waits for its turn by moving that clock (no sleeping),
 * with every create the worker sends recorded, and `answer` to replace the sandbox's answer to one.
 */
export function startBulkDashboard(options: { ratePerSecond?: number; leaseMs?: number } = {}) {
  const clock = manualClock(Date.now());
  const sent: SentCreate[] = [];
  let answer: ((attempt: number, key: string) => Response | Error | undefined) | undefined;
  const workspace = createWorkspace({
    storage: { kind: 'sqlite', file: ':memory:' },
    secretKey: randomBytes(32),
    signInPerMinute: 0,
    now: clock.now,
  });
  const recording =
    (own: Upstream): Upstream =>
    async (path, init) => {
      const key = new Headers(init.headers).get('idempotency-key');
      if (init.method === 'POST' && key) {
        sent.push({ key, at: clock.now() });
        const replaced = answer?.(sent.filter((create) => create.key === key).length, key);
        if (replaced instanceof Error) throw replaced;
        if (replaced) return replaced;
      }
      return own(path, init);
    };
  const dashboard = startDashboard({
    workspace,
    upstream: recording,
    bulk: { ratePerSecond: options.ratePerSecond ?? 5, leaseMs: options.leaseMs, sleep: async (ms) => clock.advance(ms) },
  });
  let owner = '';
  async function call(method: string, path: string, body?: unknown, cookie?: string) {
    if (!cookie && !owner) owner = (await dashboard.signIn()).sessionCookie;
    return dashboard.request(path, {
      method,
      headers: { Cookie: cookie ?? owner, Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
  async function data<S extends z.ZodMiniType>(res: Response, schema: S): Promise<z.output<S>> {
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${res.status}: ${text}`);
    return schema.parse(okEnvelopeSchema.parse(JSON.parse(text)).data);
  }
  return {
    ...dashboard,
    clock,
    sent,
    /** Replaces the sandbox's answer to a create (by how many times its key was sent); undefined lets it through. */
    answerWith(next: typeof answer) {
      answer = next;
    },
    call,
    data,
    async startJob(rows: BulkRowInput[], extra: Record<string, unknown> = {}) {
      const res = await call('POST', '/workspace/bulk/jobs', { request_id: randomUUID(), rows, ...extra });
      return data(res, bulkJobSchema);
    },
    async job(id: string) {
      return data(await call('GET', `/workspace/bulk/jobs/${id}`), bulkJobSchema);
    },
    async rows(id: string) {
      return data(await call('GET', `/workspace/bulk/jobs/${id}/rows?limit=500`), bulkRowPageSchema);
    },
    /** The sandbox's orders with this client reference (asked with the partner's own key). */
    async byReference(reference: string) {
      const res = await dashboard.request(`/api/v1/orders/by-reference/${encodeURIComponent(reference)}`, {
        headers: { Authorization: `Bearer ${TEST_KEY}` },
      });
      return data(res, orderListSchema);
    },
  };
}

export const starsRows = (count: number, prefix = 'ref'): BulkRowInput[] =>
  Array.from({ length: count }, (_, index) => ({
    recipient: `bulk_buyer_${index + 1}`,
    product: 'stars',
    quantity: 50 + (index % 100),
    client_reference: `${prefix}-${index + 1}`,
  }));

export const rateLimited = (retryAfterSeconds: number) =>
  new Response(JSON.stringify({ ok: false, error_code: 'RATE_LIMITED', error_message: 'slow down', data: null }), {
    status: 429,
    headers: { 'Content-Type': 'application/json', 'Retry-After': String(retryAfterSeconds) },
  });

export const problem = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ ok: false, error_code: code, error_message: message, data: null }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
