import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { can, type Permission, ROLES, type Role } from '../../contract/roles';
import { ORIGIN, startDashboard } from './dashboard-harness';
import { TEST_KEY } from './sandbox-harness';

/**
 * Every role against every route the dashboard serves: the partner API through the proxy, the sandbox's
 * chain, and the workspace's own routes. A role with the permission gets the route's answer; a role
 * without it gets 403 FORBIDDEN, and never the upstream's data.
 */
type Call = { method: string; path: string; body?: unknown };
interface Route {
  name: string;
  needs: Permission | 'member';
  call: () => Promise<Call>;
}

const dashboard = startDashboard();
const asPartner = (path: string, body?: unknown) =>
  dashboard.request(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
async function newOrder(): Promise<{ id: number; payment_memo: string; payment_address: string }> {
  return (await (await asPartner('/api/v1/orders/stars', { recipient_username: 'matrix_buyer', quantity: 50 })).json()).data;
}
const sessions = new Map<Role, string>();
let owner = '';

async function ownerCall(method: string, path: string, body?: unknown) {
  const res = await dashboard.request(path, {
    method,
    headers: { Cookie: owner, Origin: ORIGIN, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()).data;
}

/** A job the owner started (its rows are never sent: no worker runs here). */
async function bulkJob(): Promise<string> {
  const rows = [{ recipient: 'matrix_buyer', product: 'stars', quantity: 50 }];
  return (await ownerCall('POST', '/workspace/bulk/jobs', { request_id: randomUUID(), rows })).id;
}

const routes: Route[] = [
  { name: 'list orders', needs: 'orders.read', call: async () => ({ method: 'GET', path: '/api/v1/orders?limit=5' }) },
  {
    name: 'one order',
    needs: 'orders.read',
    call: async () => ({ method: 'GET', path: `/api/v1/orders/${(await newOrder()).id}` }),
  },
  {
    name: 'order by memo',
    needs: 'orders.read',
    call: async () => ({ method: 'GET', path: `/api/v1/orders/by-memo/${(await newOrder()).payment_memo}` }),
  },
  {
    name: 'orders by reference',
    needs: 'orders.read',
    call: async () => ({ method: 'GET', path: '/api/v1/orders/by-reference/none' }),
  },
  { name: 'stats', needs: 'orders.read', call: async () => ({ method: 'GET', path: '/api/v1/orders/stats/summary' }) },
  { name: 'balance', needs: 'orders.read', call: async () => ({ method: 'GET', path: '/api/v1/balance' }) },
  { name: 'transactions', needs: 'orders.read', call: async () => ({ method: 'GET', path: '/api/v1/balance/transactions' }) },
  { name: 'ton rate', needs: 'orders.read', call: async () => ({ method: 'GET', path: '/api/v1/pricing/ton-rate' }) },
  {
    name: 'estimate',
    needs: 'orders.read',
    call: async () => ({ method: 'GET', path: '/api/v1/pricing/estimate/stars?quantity=100' }),
  },
  {
    name: 'recipient check',
    needs: 'orders.read',
    call: async () => ({ method: 'GET', path: '/api/v1/recipients/stars?username=matrix_buyer' }),
  },
  {
    name: 'create stars',
    needs: 'orders.create',
    call: async () => ({
      method: 'POST',
      path: '/api/v1/orders/stars',
      body: { recipient_username: 'matrix_buyer', quantity: 50 },
    }),
  },
  {
    name: 'create premium',
    needs: 'orders.create',
    call: async () => ({
      method: 'POST',
      path: '/api/v1/orders/premium',
      body: { recipient_username: 'matrix_buyer', months: 3 },
    }),
  },
  {
    name: 'cancel',
    needs: 'orders.cancel',
    call: async () => ({ method: 'POST', path: `/api/v1/orders/${(await newOrder()).id}/cancel` }),
  },
  { name: 'sandbox info', needs: 'orders.read', call: async () => ({ method: 'GET', path: '/sandbox/info' }) },
  {
    name: 'sandbox transfer',
    needs: 'payments.send',
    call: async () => {
      const order = await newOrder();
      return { method: 'POST', path: '/sandbox/transfers', body: { address: order.payment_address, amount: '1' } };
    },
  },
  {
    name: 'sandbox expire',
    needs: 'payments.send',
    call: async () => ({ method: 'POST', path: '/sandbox/expire', body: { payment_memo: (await newOrder()).payment_memo } }),
  },
  { name: 'my session', needs: 'member', call: async () => ({ method: 'GET', path: '/session' }) },
  { name: 'my sessions', needs: 'member', call: async () => ({ method: 'GET', path: '/workspace/sessions' }) },
  { name: 'settings', needs: 'member', call: async () => ({ method: 'GET', path: '/workspace/settings' }) },
  {
    name: 'order authors',
    needs: 'orders.read',
    call: async () => ({ method: 'GET', path: '/workspace/order-authors?ids=1,2' }),
  },
  {
    name: 'report a payment',
    needs: 'payments.send',
    call: async () => ({
      method: 'POST',
      path: '/workspace/audit/payment',
      body: { kind: 'order', order_id: 1, amount_nano: '1' },
    }),
  },
  {
    name: 'report an export',
    needs: 'orders.export',
    call: async () => ({ method: 'POST', path: '/workspace/audit/export', body: { source: 'orders', filters: {}, rows: 3 } }),
  },
  {
    name: 'start a CSV export',
    needs: 'orders.export',
    call: async () => ({
      method: 'POST',
      path: '/workspace/exports',
      body: { source: 'orders', filters: {}, columns: ['id'], file_name: 'orders.csv' },
    }),
  },
  {
    name: 'report an audit export',
    needs: 'audit.read',
    call: async () => ({ method: 'POST', path: '/workspace/audit/export', body: { source: 'audit', filters: {}, rows: 3 } }),
  },
  { name: 'members', needs: 'workspace.manage', call: async () => ({ method: 'GET', path: '/workspace/members' }) },
  {
    name: 'change a role',
    needs: 'workspace.manage',
    call: async () => ({
      method: 'PATCH',
      path: `/workspace/members/${(await dashboard.addMember('viewer')).id}`,
      body: { role: 'support' },
    }),
  },
  {
    name: 'remove a member',
    needs: 'workspace.manage',
    call: async () => ({ method: 'DELETE', path: `/workspace/members/${(await dashboard.addMember('viewer')).id}` }),
  },
  {
    name: "a member's sessions",
    needs: 'workspace.manage',
    call: async () => ({ method: 'GET', path: `/workspace/members/${(await dashboard.addMember('viewer')).id}/sessions` }),
  },
  { name: 'invitations', needs: 'workspace.manage', call: async () => ({ method: 'GET', path: '/workspace/invites' }) },
  {
    name: 'invite',
    needs: 'workspace.manage',
    call: async () => ({ method: 'POST', path: '/workspace/invites', body: { role: 'viewer' } }),
  },
  {
    name: 'revoke an invitation',
    needs: 'workspace.manage',
    call: async () => ({
      method: 'DELETE',
      path: `/workspace/invites/${(await ownerCall('POST', '/workspace/invites', { role: 'viewer' })).id}`,
    }),
  },
  { name: 'partner key', needs: 'workspace.manage', call: async () => ({ method: 'GET', path: '/workspace/key' }) },
  {
    name: 'replace the key',
    needs: 'workspace.manage',
    call: async () => ({ method: 'PUT', path: '/workspace/key', body: { api_key: TEST_KEY } }),
  },
  {
    name: 'two-factor policy',
    needs: 'workspace.manage',
    call: async () => ({ method: 'PUT', path: '/workspace/settings/two-factor', body: { required: false } }),
  },
  {
    name: 'start a bulk job',
    needs: 'bulk.run',
    call: async () => ({
      method: 'POST',
      path: '/workspace/bulk/jobs',
      body: { request_id: randomUUID(), rows: [{ recipient: 'matrix_buyer', product: 'stars', quantity: 50 }] },
    }),
  },
  { name: 'bulk jobs', needs: 'bulk.run', call: async () => ({ method: 'GET', path: '/workspace/bulk/jobs' }) },
  {
    name: 'a bulk job',
    needs: 'bulk.run',
    call: async () => ({ method: 'GET', path: `/workspace/bulk/jobs/${await bulkJob()}` }),
  },
  {
    name: "a bulk job's rows",
    needs: 'bulk.run',
    call: async () => ({ method: 'GET', path: `/workspace/bulk/jobs/${await bulkJob()}/rows` }),
  },
  {
    name: "a bulk job's results CSV",
    needs: 'bulk.run',
    call: async () => ({ method: 'GET', path: `/workspace/bulk/jobs/${await bulkJob()}/results.csv` }),
  },
  ...['pause', 'resume', 'cancel'].map((control) => ({
    name: `${control} a bulk job`,
    needs: 'bulk.run' as const,
    call: async () => {
      const id = await bulkJob();
      if (control === 'resume') await ownerCall('POST', `/workspace/bulk/jobs/${id}/pause`);
      return { method: 'POST', path: `/workspace/bulk/jobs/${id}/${control}` };
    },
  })),
  { name: 'audit log', needs: 'audit.read', call: async () => ({ method: 'GET', path: '/workspace/audit' }) },
  { name: 'audit CSV', needs: 'audit.read', call: async () => ({ method: 'GET', path: '/workspace/audit.csv' }) },
];

beforeAll(async () => {
  owner = (await dashboard.signIn()).sessionCookie;
  for (const role of ROLES) {
    const member = role === 'owner' ? undefined : await dashboard.addMember(role);
    sessions.set(role, member ? (await dashboard.signInAs(member)).sessionCookie : owner);
  }
});

describe.each(ROLES)('role × route: %s', (role) => {
  it.each(routes)('$name', async (route) => {
    const call = await route.call();
    const res = await dashboard.request(call.path, {
      method: call.method,
      headers: { Cookie: sessions.get(role) ?? '', Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    const text = await res.text();
    expect(text, 'no answer to a member carries the partner key').not.toContain(TEST_KEY.slice(4));
    const allowed = route.needs === 'member' || can(role, route.needs);
    if (allowed) {
      expect(res.status, text).toBeGreaterThanOrEqual(200);
      expect(res.status, text).toBeLessThan(300);
    } else {
      expect([res.status, JSON.parse(text).error_code]).toEqual([403, 'FORBIDDEN']);
      expect(text).not.toMatch(/payment_memo|balance_ton|"items"|osk_/);
    }
  });
});

it('no log line of all those requests holds the partner key', () => {
  expect(dashboard.logs.length).toBeGreaterThan(routes.length * ROLES.length);
  expect(dashboard.logs.join('\n')).not.toContain(TEST_KEY.slice(4));
});

it('without a session every partner and workspace route answers 401, the public ones excepted', async () => {
  for (const route of routes) {
    const call = await route.call();
    const res = await dashboard.request(call.path, {
      method: call.method,
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    // Public by nature: who am I, and the simulated chain (its address, and transfers, as on the real chain).
    if (['/session', '/sandbox/info', '/sandbox/transfers'].includes(call.path)) expect(res.status).toBe(200);
    else expect([call.path, res.status]).toEqual([call.path, 401]);
  }
});
