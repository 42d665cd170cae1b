import type { BulkJob } from '@contract/bulk';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bulkJob, bulkRow } from '@/test/bulk-fixtures';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { JobPage } from './job-page';
import type { PickedRows } from './job-results';

afterEach(() => vi.unstubAllGlobals());

const rows = [
  bulkRow(1),
  bulkRow(2, { order_status: 'paid' }),
  bulkRow(3, {
    state: 'failed',
    order_id: null,
    payment_memo: null,
    amount_nano: null,
    order_status: null,
    error_code: 'RECIPIENT_UNAVAILABLE',
    error: 'row 3: @friend_3 cannot receive stars',
  }),
  bulkRow(4, { state: 'pending', order_id: null, payment_memo: null, amount_nano: null, order_status: null }),
];

function jobApi(job: BulkJob = bulkJob) {
  let current = job;
  const api = fakeApi({
    [`GET /workspace/bulk/jobs/${job.id}/rows?`]: () => ({ data: { items: rows, total: rows.length, limit: 50, offset: 0 } }),
    [`GET /workspace/bulk/jobs/${job.id}`]: () => ({ data: current }),
    [`POST /workspace/bulk/jobs/${job.id}/pause`]: () => {
      current = { ...current, status: 'paused', progress: { ...current.progress, eta_seconds: null } };
      return { data: current };
    },
    [`POST /workspace/bulk/jobs/${job.id}/cancel`]: () => {
      current = { ...current, status: 'cancelled', progress: { ...current.progress, remaining: 0, cancelled: 58 } };
      return { data: current };
    },
  });
  return api;
}

const show = (renderPay?: (picked: PickedRows) => React.ReactNode) =>
  renderWithApp(<JobPage renderPay={renderPay} />, { path: `/orders/bulk/${bulkJob.id}`, route: '/orders/bulk/:id' });

describe('JobPage', () => {
  it('shows live progress: done, failed, remaining, the time left and a bar', async () => {
    jobApi();
    show();
    expect(await screen.findByRole('heading', { name: 'Bulk job: promo.csv' })).toBeVisible();
    expect(screen.getByTestId('bulk-job-status')).toHaveTextContent('Running');
    expect(screen.getByTestId('bulk-done')).toHaveTextContent('40');
    expect(screen.getByTestId('bulk-failed')).toHaveTextContent('2');
    expect(screen.getByTestId('bulk-remaining')).toHaveTextContent('58');
    expect(screen.getByTestId('bulk-eta')).toHaveTextContent('About 2:05 left · at most 5 orders a second');
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '42');
  });

  it('lists each row with its order or the reason it failed, in words, and links the results CSV', async () => {
    jobApi();
    show();
    const [done, , failed, pending] = await screen.findAllByTestId('bulk-result-row');
    expect(within(done as HTMLElement).getByRole('link', { name: '#501' })).toHaveAttribute('href', '/orders/501');
    expect(done).toHaveTextContent('STARS-1');
    expect(failed).toHaveTextContent('This recipient cannot receive it.');
    expect(pending).toHaveTextContent('Waiting');
    expect(screen.getByRole('link', { name: 'Download results (CSV)' })).toHaveAttribute(
      'href',
      `/workspace/bulk/jobs/${bulkJob.id}/results.csv`,
    );
  });

  it('pauses at once, and cancels only after a confirmation', async () => {
    const { calls } = jobApi();
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeVisible();
    expect(screen.getByTestId('bulk-job-status')).toHaveTextContent('Paused');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the job' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this job?' });
    expect(dialog).toHaveTextContent('58 rows not sent yet are dropped. Orders already created stay.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel the job' }));
    await waitFor(() => expect(screen.getByTestId('bulk-job-status')).toHaveTextContent('Cancelled'));
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url.split('/').at(-1))).toEqual(['pause', 'cancel']);
  });

  it('says in the confirmation when the job can no longer be cancelled', async () => {
    fakeApi({
      [`GET /workspace/bulk/jobs/${bulkJob.id}/rows?`]: () => ({
        data: { items: rows, total: rows.length, limit: 50, offset: 0 },
      }),
      [`GET /workspace/bulk/jobs/${bulkJob.id}`]: () => ({ data: bulkJob }),
      [`POST /workspace/bulk/jobs/${bulkJob.id}/cancel`]: () => ({
        status: 409,
        error: ['CONFLICT', 'this job is completed: it cannot be cancelled'],
      }),
    });
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel the job' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this job?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel the job' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This could not be done in the current state.');
  });

  it('lets a role that pays pick the orders still awaiting a TON transfer', async () => {
    jobApi();
    const seen: number[][] = [];
    show(({ orders }) => {
      seen.push(orders.map((order) => order.id));
      return null;
    });
    await screen.findAllByTestId('bulk-result-row');
    const [all, one, ...more] = screen.getAllByRole('checkbox');
    expect(all).toHaveAccessibleName('Pick every order awaiting payment on this page (1)');
    expect(one).toHaveAccessibleName('Pick row 1 (order #501) to pay');
    expect(more).toEqual([]);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pick row 1 (order #501) to pay' }));
    expect(seen.at(-1)).toEqual([501]);
  });

  it('takes the checkbox away from an order once it was paid from this page', async () => {
    jobApi();
    show(({ orders, drop }) => (
      <button type="button" onClick={() => drop(orders.map((order) => order.id))}>
        paid
      </button>
    ));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Pick row 1 (order #501) to pay' }));
    await userEvent.click(screen.getByRole('button', { name: 'paid' }));
    expect(screen.queryByRole('checkbox', { name: 'Pick row 1 (order #501) to pay' })).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('offers no picking for a job paid from the balance', async () => {
    jobApi({ ...bulkJob, payment_method: 'balance' });
    show(() => null);
    await screen.findAllByTestId('bulk-result-row');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
