import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { BalanceCard } from './balance-card';

const balance = { balance_ton: 3.2, topup_address: 'UQx', updated_at: '2026-04-16T12:00:00Z' };

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('BalanceCard', () => {
  it('shows the exact balance with its USD value and when it was updated', async () => {
    fakeApi({ 'GET /api/v1/pricing/ton-rate': () => ({ data: { ton_usd: 4, updated_at: '2026-04-16T12:00:00Z' } }) });
    renderWithApp(<BalanceCard balance={balance} />);
    expect(screen.getByTestId('balance-ton')).toHaveTextContent('3.2 TON');
    expect(await screen.findByTestId('balance-usd')).toHaveTextContent('≈ $12.80 at $4.00 per TON');
    expect(screen.getByText('2026-04-16 12:00')).toBeInTheDocument();
  });

  it('keeps only a TON amount as the alert threshold and states the shortfall below it', async () => {
    fakeApi({ 'GET /api/v1/pricing/ton-rate': () => ({ data: { ton_usd: 4, updated_at: '2026-04-16T12:00:00Z' } }) });
    renderWithApp(<BalanceCard balance={balance} />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('Low-balance alert below');
    await user.type(input, 'abc');
    expect(input).toHaveAccessibleDescription(/Enter an amount in TON, e\.g\. 50 or 12\.5/);
    expect(window.localStorage.getItem('om-low-balance-threshold')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.clear(input);
    await user.type(input, '4,25');
    expect(input).not.toHaveAccessibleDescription(/Enter an amount/);
    expect(window.localStorage.getItem('om-low-balance-threshold')).toBe('4.25');
    expect(screen.getByRole('alert')).toHaveTextContent('Balance 3.2 TON is 1.05 TON below your alert level of 4.25 TON.');
  });
});
