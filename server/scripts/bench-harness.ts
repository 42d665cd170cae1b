import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Serves a fetch handler on an ephemeral loopback port. */
export async function listen(fetchHandler: (request: Request) => Response | Promise<Response>) {
  return new Promise<{ base: string; close: () => void }>((resolve) => {
    const server = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ base: `http://127.0.0.1:${info.port}`, close: () => server.close() });
    });
  });
}

/** Sequential latencies (ms) of `count` calls; every answer must be 200 or the run aborts. */
export async function latencies(count: number, call: (i: number) => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const res = await call(i);
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`request ${i} answered ${res.status}`);
  }
  return times.sort((a, b) => a - b);
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, method, headers, body, keyPrefix, count, concurrency } = workerData;
let next = 0;
async function worker() {
  while (next < count) {
    const i = next++;
    const h = keyPrefix ? { ...headers, 'Idempotency-Key': keyPrefix + i } : headers;
    const res = await fetch(url, { method, headers: h, body });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error('request ' + i + ' answered ' + res.status);
  }
}
const started = performance.now();
Promise.all(Array.from({ length: concurrency }, worker)).then(
  () => parentPort.postMessage({ rps: count / ((performance.now() - started) / 1000) }),
  (error) => parentPort.postMessage({ error: String(error) }),
);
`;

export interface LoadSpec {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Each request gets `Idempotency-Key: <prefix><i>` when set. */
  keyPrefix?: string;
  count: number;
  concurrency: number;
}

/**
 * Requests per second measured by a load generator on its own thread, so the server under test keeps
 * its core to itself (the machine has two).
 */
export function loadFromWorker(spec: LoadSpec): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, { eval: true, workerData: { method: 'GET', headers: {}, ...spec } });
    worker.once('message', (message: { rps?: number; error?: string }) => {
      void worker.terminate();
      if (message.rps === undefined) reject(new Error(message.error));
      else resolve(message.rps);
    });
    worker.once('error', reject);
  });
}
