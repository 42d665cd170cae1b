import { exportRequestSchema } from '@contract/export';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { ExportButton } from './export-button';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ExportButton', () => {
  it('opens a modal with the row count, human column names and select all/none; Escape returns focus', async () => {
    const { calls } = fakeApi({
      'GET /api/v1/balance/transactions?': () => ({ data: { items: [], total: 1234, limit: 100, offset: 0 } }),
    });
    renderWithApp(<ExportButton source={{ kind: 'transactions', type: 'topup' }} />);
    const trigger = screen.getByRole('button', { name: 'Export transactions CSV' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Export transactions CSV' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(
      await within(dialog).findByText(/^1,234 rows will be exported to balance-transactions-all-\d{4}-\d{2}-\d{2}-topup\.csv\.$/),
    ).toBeVisible();
    expect(calls[0]?.url).toContain('type=topup');
    expect(within(dialog).getByRole('checkbox', { name: /Balance after, TON/ })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Select none' }));
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .filter((box) => box instanceof HTMLInputElement && box.checked),
    ).toEqual([]);
    expect(within(dialog).getByRole('button', { name: 'Start export' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Select all' }));
    expect(within(dialog).getByRole('button', { name: 'Start export' })).toBeEnabled();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });
});

function run(state: string, rows: number, extra: Record<string, unknown> = {}) {
  return {
    id: 'run-1',
    state,
    rows,
    total: 250,
    error: null,
    file_name: 'f.csv',
    url: '/workspace/exports/run-1/file',
    ...extra,
  };
}

describe('an export written by the server', () => {
  it('registers the chosen columns and filters, downloads the file with a plain link, follows it to the end', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.getAttribute('href')} as ${this.download}`);
    });
    const polls = [run('running', 100), run('done', 250)];
    const { calls } = fakeApi({
      'GET /api/v1/orders?': () => ({ data: { items: [], total: 250, limit: 100, offset: 0 } }),
      'POST /workspace/exports': () => ({ data: run('ready', 0) }),
      'GET /workspace/exports/run-1': () => ({ data: polls.shift() ?? run('done', 250) }),
    });
    renderWithApp(<ExportButton source={{ kind: 'orders', filters: { status: 'paid', from: '2026-04-01', zone: 'UTC' } }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export CSV' });
    await within(dialog).findByText(/^250 rows will be exported/);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Payment memo/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start export' }));
    expect(await within(dialog).findByText('Exported 250 rows.')).toBeVisible();
    const registered = exportRequestSchema.parse(calls.find((c) => c.method === 'POST')?.body);
    expect(registered).toMatchObject({ source: 'orders', filters: { status: 'paid', created_from: '2026-04-01T00:00:00Z' } });
    expect(registered.file_name).toMatch(/^orders-2026-04-01_to_\d{4}-\d{2}-\d{2}-paid-zone-UTC\.csv$/);
    expect(registered.columns).not.toContain('payment_memo');
    expect(registered.columns.slice(0, 3)).toEqual(['id', 'created_at', 'status']);
    expect(clicked).toEqual(['/workspace/exports/run-1/file as f.csv']);
  });

  it('cancels on the server, says what the server said when it failed, and cancels when the dialog closes mid-run', async () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let next = run('running', 100);
    const { calls } = fakeApi({
      'GET /api/v1/balance/transactions?': () => ({ data: { items: [], total: 250, limit: 100, offset: 0 } }),
      'POST /workspace/exports/run-1/cancel': () => ({ data: run('cancelled', 100) }),
      'POST /workspace/exports': () => ({ data: run('ready', 0) }),
      'GET /workspace/exports/run-1': () => ({ data: next }),
    });
    renderWithApp(<ExportButton source={{ kind: 'transactions' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export transactions CSV' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Start export' }));
    expect(await within(dialog).findByText('100 / 250 rows')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel export' }));
    expect(await within(dialog).findByText('Export cancelled; no file was saved.')).toBeVisible();

    next = run('failed', 300, { error: { code: 'SERVICE_UNAVAILABLE', message: 'the partner API answered 503' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export again' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Export failed: .+The download was cut off/);

    next = run('running', 100);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export again' }));
    await within(dialog).findByText('100 / 250 rows');
    const cancels = () => calls.filter((c) => c.url.endsWith('/cancel')).length;
    expect(cancels()).toBe(1);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(cancels()).toBe(2));
  });
});
