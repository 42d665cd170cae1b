import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { sourceExampleOrder } from '../../../../../contract/fixtures';
import { NewOrderPage } from './new-order-page';

const fee = {
  fee_percent: 4.5,
  stars: { min_quantity: 50, max_quantity: 10000 },
  premium: { months: [3, 6, 12] },
  order_ttl_seconds: 900,
};
const order = (id: number) => ({
  ...sourceExampleOrder,
  id,
  expires_at: '2099-01-01T00:15:00Z',
  created_at: '2099-01-01T00:00:00Z',
});

function recipient(username: string) {
  const name = username.split('=')[1] ?? '';
  if (name.startsWith('nouser_'))
    return { data: { username: name, can_receive: false, display_name: null, reason: 'USER_NOT_FOUND' } };
  return { data: { username: name, can_receive: true, display_name: 'Pandus', reason: null } };
}

function baseRoutes(extra = {}) {
  return {
    'GET /api/v1/pricing/fee': () => ({ data: fee }),
    'GET /api/v1/pricing/estimate/stars': (call: { url: string }) => {
      const quantity = Number(new URL(call.url, 'http://x').searchParams.get('quantity'));
      return { data: { quantity, price_ton: quantity * 0.00418, price_usd: quantity * 0.01672, fee_ton: 0.018, ton_usd: 4 } };
    },
    'GET /api/v1/recipients/stars': (call: { url: string }) => recipient(call.url),
    ...extra,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('NewOrderPage', () => {
  it('validates locally with the contract rules and keeps what was typed', async () => {
    const api = fakeApi(baseRoutes());
    renderWithApp(<NewOrderPage />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Recipient'), 'ab');
    await user.clear(screen.getByLabelText('Quantity of Stars'));
    await user.type(screen.getByLabelText('Quantity of Stars'), '20000');
    await user.click(screen.getByRole('button', { name: 'Create order' }));
    expect(await screen.findByText(/Recipient must be 5–32 characters/)).toBeInTheDocument();
    expect(screen.getByLabelText('Quantity of Stars')).toHaveAccessibleDescription(
      'Between 50 and 10,000 Stars. Quantity must be between 50 and 10,000',
    );
    expect(screen.getByLabelText('Recipient')).toHaveValue('ab');
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('asks for no estimate while the quantity is outside the bounds', async () => {
    const api = fakeApi(baseRoutes());
    renderWithApp(<NewOrderPage />);
    const user = userEvent.setup();
    expect(await screen.findByTestId('estimate-ton')).toHaveTextContent('0.418 TON');
    const quantity = screen.getByLabelText('Quantity of Stars');
    await user.clear(quantity);
    await user.type(quantity, '20');
    expect(screen.getByText('Enter a quantity between 50 and 10,000 to see the price.')).toBeInTheDocument();
    await user.type(quantity, '0000');
    expect(quantity).toHaveValue('200000');
    await user.clear(quantity);
    await user.type(quantity, '5000');
    expect(await screen.findByTestId('estimate-ton')).toHaveTextContent('20.9 TON');
    const asked = api.calls
      .filter((c) => c.url.includes('/estimate/'))
      .map((c) => new URL(c.url, 'http://x').searchParams.get('quantity'));
    expect(asked).toEqual(['100', '5000']);
  });

  it('says once that estimates are unavailable while the service is unreachable', async () => {
    const down = () => ({
      status: 503,
      error: ['SERVICE_UNAVAILABLE', 'the partner API could not be reached'] as [string, string],
    });
    fakeApi({
      'GET /api/v1/pricing/fee': down,
      'GET /api/v1/pricing/estimate/stars': down,
      'GET /api/v1/recipients/stars': down,
    });
    renderWithApp(<NewOrderPage />);
    await userEvent.setup().type(screen.getByLabelText('Recipient'), 'pandus');
    expect(await screen.findByText('Estimates unavailable while the service is unreachable.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Checking recipient…')).toBeNull());
    expect(screen.queryByText(/could not be reached|temporarily unavailable/i)).toBeNull();
  });

  it('shows who the recipient is, or why they cannot receive and refuses to submit', async () => {
    fakeApi(baseRoutes());
    renderWithApp(<NewOrderPage />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Recipient'), '@pandus');
    expect(await screen.findByText('✓ Pandus can receive Stars.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Recipient'));
    await user.type(screen.getByLabelText('Recipient'), 'nouser_x');
    expect(screen.getByText('Checking recipient…')).toBeInTheDocument();
    expect(await screen.findByText(/No Telegram user has this username/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create order' })).toBeDisabled();
  });

  it('never shows an estimate for another quantity as current', async () => {
    fakeApi(baseRoutes());
    renderWithApp(<NewOrderPage />);
    const user = userEvent.setup();
    expect(await screen.findByTestId('estimate-ton')).toHaveTextContent('0.418 TON');
    await user.click(screen.getByRole('button', { name: '5,000' }));
    expect(screen.queryByTestId('estimate-ton')).toBeNull();
    expect(screen.getByText('Updating estimate…')).toBeInTheDocument();
    expect(await screen.findByTestId('estimate-ton')).toHaveTextContent('20.9 TON');
  });

  it('reuses one Idempotency-Key across automatic and manual retries, and maps field errors from the API', async () => {
    let attempts = 0;
    const api = fakeApi(
      baseRoutes({
        'POST /api/v1/orders/stars': () => {
          attempts += 1;
          if (attempts <= 4) return { status: 503, error: ['SERVICE_UNAVAILABLE', 'maintenance'] as [string, string] };
          if (attempts === 5)
            return { error: ['VALIDATION_ERROR', 'client_reference must be at most 128 characters'] as [string, string] };
          return { data: order(77) };
        },
      }),
    );
    renderWithApp(<NewOrderPage />, { path: '/orders/new', route: '/orders/new' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Recipient'), 'pandus');
    await user.click(screen.getByRole('button', { name: 'Create order' }));
    // 1 try + 3 automatic retries, all 503: the form says so and keeps the key.
    expect(await screen.findByText('The service is temporarily unavailable. Try again shortly.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create order' }));
    expect(await screen.findByText('Client reference must be at most 128 characters')).toBeInTheDocument();
    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(5);
    expect(new Set(posts.map((c) => c.headers['Idempotency-Key'])).size).toBe(1);

    await user.type(screen.getByLabelText('Client reference (optional)'), 'inv-1');
    await user.click(screen.getByRole('button', { name: 'Create order' }));
    expect(await screen.findByText('order page')).toBeInTheDocument();
    const last = api.calls.filter((c) => c.method === 'POST').at(-1);
    expect(last?.headers['Idempotency-Key']).not.toBe(posts[0]?.headers['Idempotency-Key']);
    expect(last?.body).toEqual({
      recipient_username: 'pandus',
      quantity: 100,
      payment_method: 'ton_memo',
      payment_currency: 'TON',
      client_reference: 'inv-1',
    });
  });

  it('states the shortfall once, with a link to top up, before and after a 402', async () => {
    fakeApi(
      baseRoutes({
        'GET /api/v1/balance': () => ({ data: { balance_ton: 0.1, topup_address: 'UQx', updated_at: '2026-01-01T00:00:00Z' } }),
        'POST /api/v1/orders/stars': () => ({
          status: 402,
          error: ['INSUFFICIENT_BALANCE', 'balance 0.1 TON is less than 0.418 TON'] as [string, string],
        }),
      }),
    );
    renderWithApp(<NewOrderPage />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Recipient'), 'pandus');
    await user.click(screen.getByLabelText(/Pay from partner balance/));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Balance 0.1 TON — 0.318 TON short. Top up');
    expect(screen.getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '/balance#top-up');
    expect(screen.getByLabelText(/0\.1 TON available/)).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create order' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create order' })).toBeEnabled());
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getAllByText(/short/)).toHaveLength(1);
  });
});
