/**
 * The server half of bench:ui, in its own process (as in production, the browser driver's work must not
 * share the server's event loop): seeds the orders, serves the dashboard plus the floor page, and prints
 * one JSON line `{base, memo}` when ready.
 *
 * The floor is a static file served by the dashboard server itself (its static handler, its security
 * headers), from a copy of the build: a page of this server that needs no data, no render, no script.
 * The same markup is also served outside the dashboard app, without those headers, for reference.
 *
 * bench:export's floor is here too (`/__bench/export-floor`): the export's own page reader over the same
 * upstream and key, fetching and parsing every page exactly as the export does, writing no CSV.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import type { ExportRequest } from '../../contract/export';
import { ORDER_EXPORT_KEYS } from '../../contract/export-cells';
import { createDashboardApp } from '../dashboard/app';
import { inProcessUpstream } from '../dashboard/upstream';
import { exportPlan } from '../exports/export-csv';
import { listen } from './bench-harness';
import { BENCH_ORDERS, seededSandbox } from './bench-seeded';

export const BENCH_UI_KEY = 'osk_bench_ui_key_00000';
const seeded = seededSandbox(BENCH_UI_KEY);
const { sandbox } = seeded;
const COUNT = BENCH_ORDERS;
const memo = sandbox.deps.db
  .prepare<[], { payment_memo: string }>('SELECT payment_memo FROM orders ORDER BY random() LIMIT 1')
  .get()?.payment_memo;

const cells = (i: number) =>
  [`#${i}`, '2026-04-16 12:00 UTC', 'Stars', '100 Stars', '@user', '0.418', 'completed', `inv-${i}`, `STARS-${i}`]
    .map((v) => `<td>${v}</td>`)
    .join('');
const rows = Array.from({ length: 50 }, (_, i) => `<tr data-testid="order-row">${cells(i)}</tr>`).join('');
const floorHtml = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><table>${rows}</table></body></html>`;

const staticDir = mkdtempSync(join(tmpdir(), 'om-bench-dist-'));
cpSync(resolve('dist'), staticDir, { recursive: true });
writeFileSync(join(staticDir, 'floor.html'), floorHtml);

const upstream = inProcessUpstream(sandbox.app);
const server = new Hono();
server.get('/__floor-without-headers', (c) => c.html(floorHtml));
server.get('/__bench/export-floor', async (c) => {
  const reader = { upstream, authorization: `Bearer ${BENCH_UI_KEY}`, signal: new AbortController().signal };
  const request: ExportRequest = { source: 'orders', filters: {}, columns: [...ORDER_EXPORT_KEYS], file_name: 'floor.csv' };
  const started = performance.now();
  let rows = 0;
  for await (const count of exportPlan(request, reader).rowsOnly()) rows += count;
  return c.json({ rows, ms: performance.now() - started });
});
// Listening first: the dashboard answers only for its own host:port, which is known once the port is.
const http = await listen(server.fetch);
server.route(
  '/',
  createDashboardApp({
    upstream,
    mode: 'sandbox',
    demoKey: BENCH_UI_KEY,
    sandboxApp: sandbox.app,
    staticDir,
    listen: { host: '127.0.0.1', port: Number(new URL(http.base).port) },
    log: () => {},
  }),
);
console.log(JSON.stringify({ base: http.base, memo, orders: COUNT, pid: process.pid, seedSeconds: seeded.seedSeconds }));
process.on('SIGTERM', () => {
  http.close();
  seeded.dispose();
  rmSync(staticDir, { recursive: true, force: true });
  process.exit(0);
});
