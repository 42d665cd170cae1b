import Papa from 'papaparse';
import { expect, vi } from 'vitest';
import { type ExportRun, exportRunSchema } from '../../contract/export';
import { type AuditEntry, auditPageSchema } from '../../contract/workspace';
import type { Upstream } from '../dashboard/upstream';
import { seedOrders } from '../sandbox/seed';
import { ORIGIN, startDashboard } from './dashboard-harness';

export type Dashboard = ReturnType<typeof startDashboard>;
export const COLUMNS = ['id', 'status', 'client_reference', 'price_ton'];

/** A dashboard whose sandbox holds `count` seeded orders, the demo owner signed in. */
export async function withOrders(count: number, upstream?: (own: Upstream) => Upstream) {
  const d = startDashboard(upstream ? { upstream } : {});
  const { deps, demoPartner } = d.sandbox;
  seedOrders(deps.db, {
    partnerId: demoPartner.id,
    count,
    now: Date.now(),
    paymentAddress: deps.paymentAddress,
    pricing: deps.pricing,
  });
  const cookie = (await d.signIn()).sessionCookie;
  return { d, cookie };
}

export function call(d: Dashboard, cookie: string, method: string, path: string, body?: unknown) {
  return d.request(path, {
    method,
    headers: { Cookie: cookie, Origin: ORIGIN, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function run(d: Dashboard, cookie: string, method: string, path: string, body?: unknown): Promise<ExportRun> {
  const res = await call(d, cookie, method, path, body);
  const json = await res.json();
  expect(res.status, JSON.stringify(json)).toBe(200);
  return exportRunSchema.parse(json.data);
}

export const startOrders = (d: Dashboard, cookie: string, filters: Record<string, string> = {}) =>
  run(d, cookie, 'POST', '/workspace/exports', { source: 'orders', filters, columns: COLUMNS, file_name: 'orders-all-x.csv' });

export async function auditExports(d: Dashboard, cookie: string): Promise<AuditEntry[]> {
  const res = await call(d, cookie, 'GET', '/workspace/audit?action=export');
  return auditPageSchema.parse((await res.json()).data).items;
}

/** The file as a spreadsheet reads it: UTF-8 after a BOM, a header, one row per line. */
export async function parse(file: Response) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes.subarray(3)), { header: true, skipEmptyLines: true });
}

/** The run's state once it is no longer running, asked for until then (a heartbeat is a second). */
export function settled(d: Dashboard, cookie: string, id: string): Promise<ExportRun> {
  return vi.waitFor(
    async () => {
      const state = await run(d, cookie, 'GET', `/workspace/exports/${id}`);
      if (state.state === 'running') throw new Error('the export is still running');
      return state;
    },
    { timeout: 5_000, interval: 50 },
  );
}
