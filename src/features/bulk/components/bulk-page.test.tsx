import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bulkJob } from '@/test/bulk-fixtures';
import { type FakeCall, fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { BulkPage } from './bulk-page';

afterEach(() => vi.unstubAllGlobals());

const FILE = [
  'Recipient;Product;Quantity;Months;Reference',
  'pandus;stars;100;;gift-1',
  'nouser_ghost;stars;100;;gift-2',
  'x;stars;100;;gift-3',
  'PANDUS;stars;100;;gift-4',
  'alice_a;premium;;6;',
].join('\r\n');

function bulkApi(balance = 10) {
  return fakeApi({
    'GET /api/v1/pricing/estimate/stars?quantity=100': () => ({
      data: { quantity: 100, price_ton: 0.418, price_usd: 1.672, fee_ton: 0.019, ton_usd: 4 },
    }),
    'GET /api/v1/pricing/estimate/premium?months=6': () => ({
      data: { months: 6, price_ton: 4.1, price_usd: 16.4, fee_ton: 0.1, ton_usd: 4 },
    }),
    'GET /api/v1/recipients/stars?username=nouser_ghost': () => ({
      data: { username: 'nouser_ghost', can_receive: false, reason: 'USER_NOT_FOUND' },
    }),
    'GET /api/v1/recipients/': (call: FakeCall) => ({
      data: { username: new URL(call.url, 'http://x').searchParams.get('username'), can_receive: true, reason: null },
    }),
    'GET /api/v1/balance': () => ({
      data: { balance_ton: balance, topup_address: 'UQ-top', updated_at: '2026-04-16T12:00:00Z' },
    }),
    'GET /workspace/bulk/jobs?': () => ({ data: { items: [bulkJob], total: 1, limit: 20, offset: 0 } }),
    'POST /workspace/bulk/jobs': () => ({ data: { ...bulkJob, id: '0b8e4c1e-2f1a-4c3b-9d7e-5a6b7c8d9e0f' } }),
  });
}

function show() {
  return renderWithApp(
    <Routes>
      <Route index element={<BulkPage />} />
      <Route path=":id" element={<p>job page</p>} />
    </Routes>,
    { path: '/orders/bulk', route: '/orders/bulk/*' },
  );
}

async function upload(text = FILE, name = 'gifts.csv') {
  await userEvent.upload(screen.getByLabelText('Choose a file'), new File([text], name, { type: 'text/csv' }));
}

describe('BulkPage', () => {
  it('previews every row before creating anything: states with reasons, duplicates, exact totals, the balance', async () => {
    const { calls } = bulkApi();
    show();
    await upload();
    expect(await screen.findByText('Prices and recipients checked.', {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'gifts.csv' })).toBeVisible();
    const rows = screen.getAllByTestId('bulk-preview-row').map((row) => row.textContent);
    expect(rows).toEqual([
      '2pandus100 starsgift-1Ready',
      '3nouser_ghost100 starsgift-2No such Telegram user',
      '4xstars · 100gift-3The recipient must be a Telegram username: 5–32 letters, digits or _.',
      '5PANDUS100 starsgift-4Same as line 2 (left out)',
      '6alice_aPremium · 6 months—Ready',
    ]);
    const counts = within(screen.getByTestId('bulk-counts'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(counts).toEqual(['5 rows', '2 ready', '1 duplicate', '1 with problems', '1 recipient cannot receive']);
    const totals = screen.getByTestId('bulk-totals');
    expect(totals).toHaveTextContent('Orders2');
    expect(within(totals).getByTestId('bulk-total-ton')).toHaveTextContent('4.518 TON');
    expect(totals).toHaveTextContent('≈ $18.07');
    expect(totals).toHaveTextContent('Of which fees0.119 TON');
    expect(screen.getByText('Your balance of 10 TON covers it.')).toBeVisible();
    // One lookup per distinct price and per distinct recipient: "pandus" twice is asked once.
    expect(calls.filter((call) => call.url.includes('username=pandus'))).toHaveLength(1);
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('starts the job with the rows to send, duplicates only when asked, and lands on its page', async () => {
    const { calls } = bulkApi();
    show();
    await upload();
    await screen.findByText('Prices and recipients checked.', {}, { timeout: 5000 });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Also order the 1 duplicate row' }));
    await userEvent.click(screen.getByRole('radio', { name: 'TON transfer per order' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create 3 orders' }));
    expect(await screen.findByText('job page')).toBeVisible();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toMatchObject({
      rows: [
        { recipient: 'pandus', product: 'stars', quantity: 100, client_reference: 'gift-1' },
        { recipient: 'PANDUS', product: 'stars', quantity: 100, client_reference: 'gift-4' },
        { recipient: 'alice_a', product: 'premium', months: 6 },
      ],
      payment_method: 'ton_memo',
      payment_currency: 'TON',
      file_name: 'gifts.csv',
    });
    expect(post?.body).toHaveProperty('request_id', expect.stringMatching(/^[0-9a-f-]{36}$/));
  });

  it('will not start what the balance cannot pay, and says how much is missing', async () => {
    bulkApi(1);
    show();
    await upload();
    await screen.findByText('Prices and recipients checked.', {}, { timeout: 5000 });
    expect(screen.getByRole('alert')).toHaveTextContent('Your balance is 1 TON: 3.518 TON short. Top up');
    expect(screen.getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '/balance#top-up');
    expect(screen.getByRole('button', { name: 'Create 2 orders' })).toBeDisabled();
  });

  it('says what is wrong with the file itself, and takes pasted lines without a header', async () => {
    bulkApi();
    show();
    await upload('name,amount\nfoo,1\n', 'wrong.csv');
    expect(await screen.findByRole('alert')).toHaveTextContent('Columns missing: recipient, product.');
    await userEvent.click(screen.getByRole('button', { name: 'Use another file' }));
    await userEvent.click(screen.getByText('Or paste lines instead'));
    await userEvent.type(screen.getByLabelText(/^Lines:/), 'pandus,stars,100');
    await userEvent.click(screen.getByRole('button', { name: 'Check these lines' }));
    expect(await screen.findByRole('heading', { name: 'Pasted lines' })).toBeVisible();
    await waitFor(() => expect(screen.getAllByTestId('bulk-preview-row')).toHaveLength(1));
  });

  it('lists the jobs, linked to their pages', async () => {
    bulkApi();
    show();
    const item = await screen.findByTestId('bulk-job-item');
    expect(within(item).getByRole('link', { name: 'promo.csv' })).toHaveAttribute('href', `/orders/bulk/${bulkJob.id}`);
    expect(item).toHaveTextContent('Running');
    expect(item).toHaveTextContent('40 done · 2 failed · of 100');
  });
});
