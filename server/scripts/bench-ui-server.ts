/**
 * The server half of bench:ui, in its own process (as in production, the browser driver's work must not
 * share the server's event loop): seeds the orders, serves the dashboard plus the floor page, and prints
 * one JSON line `{base, memo}` when ready.
 *
 * The floor is a static file served by the dashboard server itself (its static handler, its security
 * headers), from a copy of the build: a page of this server that needs no data, no render, no script.
 * The same markup is also served outside the dashboard app, without those headers, for reference.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import { createDashboardApp } from '../dashboard/app';
import { inProcessUpstream } from '../dashboard/upstream';
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

const server = new Hono();
server.get('/__floor-without-headers', (c) => c.html(floorHtml));
// Listening first: the dashboard answers only for its own host:port, which is known once the port is.
const http = await listen(server.fetch);
server.route(
  '/',
  createDashboardApp({
    upstream: inProcessUpstream(sandbox.app),
    mode: 'sandbox',
    demoKey: BENCH_UI_KEY,
    sandboxApp: sandbox.app,
    staticDir,
    listen: { host: '127.0.0.1', port: Number(new URL(http.base).port) },
    log: () => {},
  }),
);
console.log(JSON.stringify({ base: http.base, memo, orders: COUNT }));
process.on('SIGTERM', () => {
  http.close();
  seeded.dispose();
  rmSync(staticDir, { recursive: true, force: true });
  process.exit(0);
});
