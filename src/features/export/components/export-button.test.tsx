import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { ExportButton } from './export-button';

afterEach(() => {
  vi.unstubAllGlobals();
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
