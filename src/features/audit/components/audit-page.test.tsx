import type { AuditEntry } from '@contract/workspace';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { operator, owner, sessionOf, support } from '@/test/workspace-fixtures';
import { AuditPage } from './audit-page';

afterEach(() => vi.unstubAllGlobals());

const created: AuditEntry = {
  id: 'a2',
  at: '2026-04-16T12:05:00Z',
  member_id: operator.id,
  member_name: operator.name,
  action: 'order.created',
  detail: { order_id: 10421, idempotency_key: '6f1c0d2e-key' },
  address: '203.0.113.7',
};
const exported: AuditEntry = {
  id: 'a1',
  at: '2026-04-16T11:00:00Z',
  member_id: support.id,
  member_name: support.name,
  action: 'export',
  detail: { source: 'orders', filters: '{"status":"paid"}', rows: 12 },
  address: '203.0.113.8',
};
const failed: AuditEntry = {
  id: 'a0',
  at: '2026-04-16T10:00:00Z',
  member_id: null,
  member_name: null,
  action: 'sign_in.failed',
  detail: { email: 'who@example.com' },
  address: '198.51.100.1',
};

function auditApi(items: AuditEntry[] = [created, exported, failed], total = items.length) {
  return fakeApi({
    'GET /session': () => ({ data: sessionOf(owner) }),
    'GET /workspace/members': () => ({ data: [owner, operator, support] }),
    'GET /workspace/audit?': () => ({ data: { items, total, limit: 20, offset: 0 } }),
  });
}

const show = (path = '/audit') => renderWithApp(<AuditPage />, { path, route: '/audit' });

describe('AuditPage', () => {
  it('lists who did what in words, with the order linked and its Idempotency-Key, and the address', async () => {
    auditApi();
    show();
    expect(screen.getByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    const [first, second, third] = await screen.findAllByTestId('audit-row');
    if (!first || !second || !third) throw new Error('rows missing');
    expect(first).toHaveTextContent('Oskar Operator');
    expect(first).toHaveTextContent('Created an order');
    expect(within(first).getByRole('link', { name: 'Order #10421' })).toHaveAttribute('href', '/orders/10421');
    expect(first).toHaveTextContent('Idempotency-Key 6f1c0d2e-key');
    expect(first).toHaveTextContent('203.0.113.7');
    expect(first).toHaveTextContent('2026-04-16 12:05');
    expect(second).toHaveTextContent('Exported to CSV');
    expect(second).toHaveTextContent('Filters: status paid');
    expect(second).toHaveTextContent('12 rows');
    expect(third).toHaveTextContent('Unknown (no such member)');
    expect(third).toHaveTextContent('Email: who@example.com');
    expect(screen.getByRole('columnheader', { name: 'Time (UTC)' })).toBeInTheDocument();
  });

  it('reads its filters from the URL, sends days as UTC instants, and downloads the same selection as CSV', async () => {
    const { calls } = auditApi();
    show('/audit?member=m-op&action=order.created&from=2026-04-01&to=2026-04-16&page=2');
    await screen.findAllByTestId('audit-row');
    const url = new URL(calls.find((c) => c.url.startsWith('/workspace/audit?'))?.url ?? '', 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      member_id: 'm-op',
      action: 'order.created',
      from: '2026-04-01T00:00:00Z',
      to: '2026-04-16T23:59:59Z',
      limit: '20',
      offset: '20',
    });
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv).toHaveAttribute(
      'href',
      '/workspace/audit.csv?member_id=m-op&action=order.created&from=2026-04-01T00%3A00%3A00Z&to=2026-04-16T23%3A59%3A59Z',
    );
    expect(csv).toHaveAttribute('download');
    expect(await screen.findByRole('combobox', { name: 'Person' })).toHaveValue('m-op');
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('order.created');
  });

  it('applies chosen filters from the first page and refuses a day that is not one', async () => {
    const { calls } = auditApi();
    show('/audit?page=3');
    const user = userEvent.setup();
    await screen.findAllByTestId('audit-row');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'Exported to CSV');
    const from = screen.getByRole('textbox', { name: 'From' });
    await user.type(from, '2026-02-31');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(from).toHaveAccessibleDescription(/Enter a date as YYYY-MM-DD/);
    await user.clear(from);
    await user.type(from, '20260401');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await vi.waitFor(() => expect(calls.at(-1)?.url).toContain('action=export'));
    expect(calls.at(-1)?.url).toContain('from=2026-04-01T00%3A00%3A00Z');
    expect(calls.at(-1)?.url).toContain('offset=0');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await vi.waitFor(() => expect(calls.at(-1)?.url).toBe('/workspace/audit?limit=20&offset=0'));
  });

  it('records its own download: the selection and how many entries it holds', async () => {
    const { calls } = fakeApi({
      'GET /session': () => ({ data: sessionOf(owner) }),
      'GET /workspace/members': () => ({ data: [owner, operator, support] }),
      'GET /workspace/audit?': () => ({ data: { items: [created], total: 41, limit: 20, offset: 0 } }),
      'POST /workspace/audit/export': () => ({ data: { recorded: true } }),
    });
    show('/audit?action=order.created');
    await screen.findAllByTestId('audit-row');
    // The browser would download the file; jsdom cannot navigate, so the click stops at the document.
    document.addEventListener('click', (event) => event.preventDefault(), { once: true });
    await userEvent.click(screen.getByRole('link', { name: 'Download CSV' }));
    await vi.waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        source: 'audit',
        filters: { action: 'order.created' },
        rows: 41,
      }),
    );
  });

  it('says when nothing matches', async () => {
    auditApi([]);
    show('/audit?action=key.changed');
    expect(await screen.findByText('No entry matches these filters.')).toHaveAttribute('role', 'status');
  });
});
