import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TestPreferences } from '@/test/i18n';
import { OrderFilters } from './order-filters';

function renderFilters(value = {}, timeZone = 'Asia/Jakarta') {
  const onChange = vi.fn();
  render(
    <TestPreferences timeZone={timeZone}>
      <OrderFilters value={value} onChange={onChange} />
    </TestPreferences>,
  );
  return { onChange, user: userEvent.setup() };
}

describe('OrderFilters', () => {
  it('shows active filters as translated chips while closed, and clears them', async () => {
    const { onChange, user } = renderFilters({ status: 'pending_payment', type: 'premium', recipient: 'alice' });
    // A filtered list opens the panel by itself; closed, the chips say what it filters by.
    await user.click(screen.getByRole('button', { name: 'Filters (3)', expanded: true }));
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(chips).toHaveTextContent('status Awaiting payment');
    expect(chips).toHaveTextContent('Premium only');
    expect(chips).toHaveTextContent('recipient @alice');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it('takes ISO days in the partner zone; anything else is an error under the field, not a filter', async () => {
    const { onChange, user } = renderFilters({ status: 'paid' });
    const from = screen.getByRole('textbox', { name: 'Created from' });
    expect(from).toHaveAttribute('inputmode', 'numeric');
    expect(from).toHaveAccessibleDescription('Days in Asia/Jakarta');
    await user.type(from, '16.04.2026{Enter}');
    expect(from).toHaveAccessibleDescription(/Enter a date as YYYY-MM-DD/);
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(onChange).not.toHaveBeenCalled();
    await user.clear(from);
    await user.type(from, '20260416{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ status: 'paid', from: '2026-04-16' });
    expect(from).not.toHaveAttribute('aria-invalid');
  });

  it('applies the recipient on Enter, without the @', async () => {
    const { onChange, user } = renderFilters({ type: 'premium' });
    await user.type(screen.getByRole('textbox', { name: 'Recipient' }), '@alice{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ type: 'premium', recipient: 'alice' });
  });

  it('refuses a start after the end', async () => {
    const { onChange, user } = renderFilters({ to: '2026-04-01' });
    await user.type(screen.getByRole('textbox', { name: 'Created from' }), '2026-04-02');
    await user.tab();
    expect(screen.getByText('The start is after the end.')).toBeVisible();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('offers every resting status but not "failed"', () => {
    renderFilters({ type: 'stars' });
    const status = screen.getByRole('combobox', { name: 'Status' });
    const options = [...status.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toContain('Refunded');
    expect(options).not.toContain('Failed');
  });
});
