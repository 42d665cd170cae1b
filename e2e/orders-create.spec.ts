import { expect, expectAccessible, test, tolerateConsoleError, uniqueRef } from './fixtures';

test('creates a Stars order and lands on its page with payment instructions', async ({ signedIn: page, api }) => {
  const ref = uniqueRef('stars');
  await page.getByRole('link', { name: 'New order' }).first().click();
  await expect(page.getByRole('heading', { name: 'New order' })).toBeVisible();
  await page.getByLabel('Recipient').fill('@pandus');
  await expect(page.getByText('✓ Pandus can receive Stars.')).toBeVisible();
  await page.getByRole('button', { name: '500' }).click();
  await expect(page.getByTestId('estimate-ton')).toHaveText('2.09 TON');
  await page.getByLabel('Client reference (optional)').fill(ref);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create order' }).click();

  await expect(page).toHaveURL(/\/orders\/\d+$/);
  await expect(page.getByRole('heading', { name: /Order #\d+/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pay this order' })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment');
  const [order] = await api.byReference(ref);
  expect(order).toMatchObject({ stars_amount: 500, recipient_username: 'pandus', price_ton: 2.09 });
  await expect(page.getByText(order?.payment_memo ?? 'missing').first()).toBeVisible();
  await expectAccessible(page);
});

test('creates a Premium order for 6 months', async ({ signedIn: page, api }) => {
  const ref = uniqueRef('prem');
  await page.goto('/orders/new');
  await page.getByLabel('Telegram Premium').check();
  await page.getByLabel('6 months').check();
  await page.getByLabel('Recipient').fill('gift_receiver');
  await expect(page.getByText('can receive Premium')).toBeVisible();
  await page.getByLabel('Client reference (optional)').fill(ref);
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page).toHaveURL(/\/orders\/\d+$/);
  await expect(page.getByText('6 months')).toBeVisible();
  expect((await api.byReference(ref)).map((o) => o.premium_months)).toEqual([6]);
});

test('refuses a recipient that cannot receive, and shows field errors without losing input', async ({ signedIn: page }) => {
  await page.goto('/orders/new');
  await page.getByLabel('Telegram Premium').check();
  await page.getByLabel('Recipient').fill('premium_holder');
  await expect(page.getByText('This user already has Telegram Premium.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create order' })).toBeDisabled();
  await page.getByLabel('Telegram Stars').check();
  await page.getByLabel('Recipient').fill('ok_user');
  await page.getByLabel('Quantity of Stars').fill('20');
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByText('Quantity must be between 50 and 10,000', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Recipient')).toHaveValue('ok_user');
  await expect(page).toHaveURL(/\/orders\/new$/);
});

test('a double click creates exactly one order', async ({ signedIn: page, api }) => {
  const ref = uniqueRef('dbl');
  await page.goto('/orders/new');
  await page.getByLabel('Recipient').fill('double_clicker');
  await page.getByLabel('Client reference (optional)').fill(ref);
  await expect(page.getByTestId('estimate-ton')).toBeVisible();
  await page.getByRole('button', { name: 'Create order' }).dblclick();
  await expect(page).toHaveURL(/\/orders\/\d+$/);
  expect(await api.byReference(ref)).toHaveLength(1);
});

test('a create whose response is lost is retried with the same key: still one order', async ({ signedIn: page, api }) => {
  const ref = uniqueRef('lost');
  tolerateConsoleError(page, /ERR_CONNECTION_RESET/);
  const keys: string[] = [];
  let dropped = false;
  await page.route('**/api/v1/orders/stars', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (!dropped) {
      dropped = true;
      await route.fetch(); // the server handles the create…
      await route.abort('connectionreset'); // …but the answer never reaches the browser
      return;
    }
    await route.continue();
  });
  await page.goto('/orders/new');
  await page.getByLabel('Recipient').fill('flaky_network');
  await page.getByLabel('Client reference (optional)').fill(ref);
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page).toHaveURL(/\/orders\/\d+$/);
  expect(keys.length).toBeGreaterThanOrEqual(2);
  expect(new Set(keys).size).toBe(1);
  expect(await api.byReference(ref)).toHaveLength(1);
});
