import { balanceSchema } from '../contract/balance';
import { nanoToTon, tonToNano } from '../contract/money';
import { connectFakeWallet, installFakeWallet } from './fake-wallet';
import { expect, expectAccessible, test } from './fixtures';

test('a wallet top-up raises the balance and shows a topup transaction', async ({ signedIn: page, api }) => {
  const wallet = await installFakeWallet(page);
  const before = balanceSchema.parse((await api.call('GET', '/api/v1/balance')).json.data);
  await page.goto('/balance'); // a full load, so the injected wallet is present
  await expect(page.getByTestId('balance-ton')).toBeVisible();
  await connectFakeWallet(page);
  await page.getByLabel('Top up amount (TON)').fill('12.5');
  await page.getByRole('button', { name: /^Top up 12.5 TON with/ }).click();
  await expect(page.getByTestId('topup-status')).toHaveText('Top-up sent. The balance updates when it arrives.');
  const expected = nanoToTon(tonToNano(before.balance_ton) + 12_500_000_000n);
  await expect(page.getByTestId('balance-ton')).toHaveText(`${expected.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} TON`, {
    timeout: 15_000,
  });
  const row = page.getByTestId('transaction-row').first();
  await expect(row).toContainText('Top-up');
  await expect(row).toContainText('+12.5');
  const [request] = await wallet.received();
  expect(request?.messages).toEqual([{ address: before.topup_address, amount: '12500000000' }]);
  await expectAccessible(page);
});

test('top-up amounts are validated before anything is sent', async ({ signedIn: page }) => {
  await page.goto('/balance');
  const input = page.getByLabel('Top up amount (TON)');
  for (const [value, message] of [
    ['-5', 'Use digits and at most one decimal point, e.g. 12.5.'],
    ['0', 'The amount must be more than 0.'],
    ['1.0000000001', 'TON has at most 9 decimals.'],
  ]) {
    await input.fill(value ?? '');
    await input.blur();
    await expect(page.getByText(message ?? '')).toBeVisible();
  }
});

test('a sandbox top-up appears in transactions and updates the balance; the low-balance alert follows', async ({
  signedIn: page,
}) => {
  await page.goto('/balance');
  await page.getByLabel('Low-balance alert below').fill('100000');
  await expect(page.getByRole('alert').filter({ hasText: 'below your alert level of 100,000 TON' }).first()).toBeVisible();
  await page.getByLabel('Low-balance alert below').fill('abc');
  await expect(page.getByText('Enter an amount in TON, e.g. 50 or 12.5 (at most 9 decimals).')).toBeVisible();
  await page.getByLabel('Low-balance alert below').fill('100000');
  await page.getByLabel('Top up amount (TON)').fill('3');
  await page.getByRole('button', { name: 'Simulate top-up (sandbox)' }).click();
  await expect(page.getByTestId('transaction-row').first()).toContainText('+3', { timeout: 15_000 });
  await page.getByLabel('Type').selectOption('topup');
  await expect(page).toHaveURL(/type=topup/);
  await expect(page.getByTestId('transaction-row').first()).toContainText('Top-up');
  await page.reload();
  await expect(page.getByLabel('Low-balance alert below')).toHaveValue('100000');
  await expect(page.getByTestId('balance-usd')).toContainText('$');
});
