import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../contract/roles';
import { ORIGIN, startDashboard } from './dashboard-harness';
import { matrixRoutes } from './role-matrix-routes';
import { TEST_KEY } from './sandbox-harness';

/**
 * Every role against every route the dashboard serves: the partner API through the proxy, the sandbox's
 * chain, and the workspace's own routes. A role with the permission gets the route's answer; a role
 * without it gets 403 FORBIDDEN, and never the upstream's data.
 */

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

const routes = matrixRoutes({ newOrder, bulkJob, addMember: (role) => dashboard.addMember(role), ownerCall });

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
