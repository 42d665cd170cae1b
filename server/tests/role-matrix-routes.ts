import { randomUUID } from 'node:crypto';
import type { Permission } from '../../contract/roles';
import { TEST_KEY } from './sandbox-harness';

export type Call = { method: string; path: string; body?: unknown };
export interface Route {
  name: string;
  needs: Permission | 'member';
  call: () => Promise<Call>;
}

/** What the routes need to make their own subjects: an order, a job, a member, a call as the owner. */
export interface MatrixSubjects {
  newOrder: () => Promise<{ id: number; payment_memo: string; payment_address: string }>;
  bulkJob: () => Promise<string>;
  addMember: (role: 'viewer') => Promise<{ id: string }>;
  ownerCall: (method: string, path: string, body?: unknown) => Promise<{ id: string }>;
}

/**
 * Every route the dashboard serves (the partner API through the proxy, the sandbox's chain, the workspace's
 * own routes), with the permission it needs and a call that makes what it acts on first.
 */
export function matrixRoutes({ newOrder, bulkJob, addMember, ownerCall }: MatrixSubjects): Route[] {
  return [
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
        path: `/workspace/members/${(await addMember('viewer')).id}`,
        body: { role: 'support' },
      }),
    },
    {
      name: 'remove a member',
      needs: 'workspace.manage',
      call: async () => ({ method: 'DELETE', path: `/workspace/members/${(await addMember('viewer')).id}` }),
    },
    {
      name: "a member's sessions",
      needs: 'workspace.manage',
      call: async () => ({ method: 'GET', path: `/workspace/members/${(await addMember('viewer')).id}/sessions` }),
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
}
