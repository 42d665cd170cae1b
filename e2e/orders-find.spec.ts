import { appReady, expect, expectAccessible, test, uniqueRef } from './fixtures';

test('search finds an order by id, by memo, and every order sharing a reference', async ({ signedIn: page, api }) => {
  const ref = uniqueRef('shared');
  const first = await api.createStars({ client_reference: ref, recipient_username: 'search_one' });
  const second = await api.createStars({ client_reference: ref, recipient_username: 'search_two', quantity: 250 });
  const search = page.getByRole('searchbox', { name: 'Find an order' });

  await search.fill(String(first.id));
  await search.press('Enter');
  await expect(page.getByText(`1 order matches order id ${first.id}.`)).toBeVisible();
  await expect(page.getByRole('link', { name: `#${first.id}` })).toBeVisible();
  await expectAccessible(page);

  await search.fill(second.payment_memo);
  await search.press('Enter');
  await expect(page.getByText(`matches payment memo ${second.payment_memo}`)).toBeVisible();
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByRole('link', { name: `#${second.id}` })).toBeVisible();

  await search.fill(ref);
  await search.press('Enter');
  await expect(page.getByText(`2 orders match client reference “${ref}”.`)).toBeVisible();
  await expect(page.getByTestId('order-row')).toHaveCount(2);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${ref}`));

  await search.fill('STARS-doesnotexist');
  await search.press('Enter');
  await expect(page.getByText('No order matches payment memo STARS-doesnotexist.')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('order-row')).toHaveCount(2);

  // Row links are plain anchors: a click stays inside the app (no document reload), back returns.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('link', { name: `#${second.id}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${second.id}$`));
  await expect(page.getByTestId('order-status')).toBeVisible();
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await page.goBack();
  await expect(page.getByTestId('order-row')).toHaveCount(2);
});

test('filters live in the URL and survive a reload', async ({ signedIn: page, api }) => {
  const premium = await api.call('POST', '/api/v1/orders/premium', { recipient_username: 'filter_target', months: 12 });
  expect(premium.status).toBe(200);
  await api.createStars({ recipient_username: 'filter_target' });
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await page.getByLabel('Type').selectOption('premium');
  await page.getByLabel('Recipient').fill('filter_tar');
  await page.getByLabel('Recipient').press('Enter');
  await expect(page).toHaveURL(/type=premium/);
  await expect(page).toHaveURL(/recipient=filter_tar/);
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toContainText('12 months');
  await page.reload();
  // Server-rendered, then hydrated by the inline loader (a CSP refusal would fail the test as a console error).
  await appReady(page);
  // A filtered URL opens the panel by itself, showing what it filters by.
  await expect(page.getByRole('button', { name: 'Filters (2)' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Type')).toHaveValue('premium');
  await expect(page.getByLabel('Recipient')).toHaveValue('filter_tar');
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Filters (2)' }).click();
  await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('listitem')).toHaveText([
    'Premium only',
    'recipient @filter_tar',
  ]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/orders$/);
  const sizes = page.getByRole('combobox', { name: 'Rows per page' });
  await sizes.selectOption('50');
  await expect(page).toHaveURL(/[?&]size=50/);
  await expect(sizes).toHaveValue('50');
});

test('days are typed as YYYY-MM-DD; anything else is explained and never reaches the URL', async ({ signedIn: page }) => {
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const from = page.getByRole('textbox', { name: 'Created from' });
  await from.fill('16/04/2026');
  await from.press('Enter');
  await expect(from).toHaveAccessibleDescription(/Enter a date as YYYY-MM-DD/);
  await expect(page).toHaveURL(/\/orders$/);
  await from.fill('2001-01-01');
  await page.getByRole('textbox', { name: 'Created to' }).fill('2001-01-31');
  await page.getByRole('textbox', { name: 'Created to' }).press('Enter');
  await expect(page).toHaveURL(/from=2001-01-01&to=2001-01-31/);
  await expect(page.getByText('No orders match these filters.')).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'No orders match' }).getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/orders$/);
});

test('@username lists that recipient through the list filter, in the browser and in the server render', async ({
  signedIn: page,
  api,
}) => {
  const recipient = `rcpt_${Date.now().toString(36)}`;
  await api.createStars({ recipient_username: recipient });
  await api.createStars({ recipient_username: recipient, quantity: 250 });
  const search = page.getByRole('searchbox', { name: 'Find an order' });
  await search.fill(`@${recipient}`);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]recipient=${recipient}`));
  await expect(page.getByTestId('order-row')).toHaveCount(2);
  await expect(search).toHaveValue(`@${recipient}`);
  await page.goto(`/orders?q=${recipient}`);
  await expect(page.getByTestId('order-row')).toHaveCount(2);
  await expect(page.getByTestId('order-row').first()).toContainText(`@${recipient}`);
});

test('a reference that looks like a username is one click away from the recipient list it first opens', async ({
  signedIn: page,
  api,
}) => {
  const reference = `giftbox${Date.now().toString(36)}`;
  const order = await api.createStars({ client_reference: reference, recipient_username: 'someone_else' });
  const search = page.getByRole('searchbox', { name: 'Find an order' });
  await search.fill(reference);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]recipient=${reference}`));
  await page.getByRole('button', { name: `Looking for a client reference? Search “${reference}” as a reference` }).click();
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByRole('link', { name: `#${order.id}` }).first()).toBeVisible();
  await expect(search).toHaveValue(`"${reference}"`);
});

test('on a phone every order is a card that opens the order', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'card_reader', quantity: 1000 });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/orders?recipient=card_reader`);
  const card = page.getByTestId('order-row').first();
  await expect(card).toContainText('1,000 stars');
  await expect(card).toContainText('@card_reader');
  await expect(card).toContainText('Awaiting payment');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await card.click({ position: { x: 24, y: 24 } }); // on the status corner: the whole card is the link
  await expect(page).toHaveURL(new RegExp(`/orders/${order.id}$`));
});

test('cancel asks for confirmation, then the status updates', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'cancel_me' });
  await page.goto(`/orders/${order.id}`);
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, cancel order' }).click();
  await expect(page.getByTestId('order-status')).toHaveText(/cancelled/i);
  await expect(page.getByRole('heading', { name: 'Pay this order' })).toHaveCount(0);
  const after = await api.call('GET', `/api/v1/orders/${order.id}`);
  expect(after.json.data).toMatchObject({ status: 'cancelled' });
});

test('a cancel that arrives after payment is explained, not a crash', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'paid_meanwhile' });
  await page.goto(`/orders/${order.id}`);
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await api.pay(order);
  await page.getByRole('button', { name: 'Yes, cancel order' }).click();
  await expect(page.getByRole('alert')).toContainText('can no longer be cancelled');
  await expect(page.getByTestId('order-status')).not.toHaveText(/pending payment|awaiting payment/i);
});

test('an order paid on the sandbox chain moves to completed on screen without a reload', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'live_status' });
  await page.goto(`/orders/${order.id}`);
  await expect(page.getByTestId('order-status')).toHaveText(/pending payment|awaiting payment/i);
  const paid = await api.pay(order);
  expect(paid.outcome).toBe('order_paid');
  await expect(page.getByTestId('order-status')).toHaveText(/completed/i, { timeout: 15_000 });
  await expect(page.getByTestId('payment-tx')).toHaveText(paid.tx_hash); // plain text in the sandbox: no mainnet link
  await page.goto('/orders');
  await appReady(page);
  const row = page.getByTestId('order-row').filter({ has: page.getByRole('link', { name: `#${order.id}`, exact: true }) });
  await expect(row).toContainText('Completed');
});

test('list rows refresh by themselves while an order moves', async ({ signedIn: page, api }) => {
  const order = await api.createStars({ recipient_username: 'row_mover' });
  await page.reload();
  await appReady(page);
  const row = page.getByTestId('order-row').filter({ has: page.getByRole('link', { name: `#${order.id}`, exact: true }) });
  await expect(row).toContainText('Awaiting payment');
  await api.pay(order);
  await expect(row).toContainText('Completed', { timeout: 15_000 });
});

test('without JavaScript the list and the search box still work: the server renders both', async ({ browser, api, baseURL }) => {
  const order = await api.createStars({ recipient_username: 'no_script_reader' });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const signedIn = await context.request.post('/session', { data: { demo: true }, headers: { Origin: baseURL ?? '' } });
  expect(signedIn.ok()).toBe(true);
  const page = await context.newPage();
  await page.goto('/orders');
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find an order' }).fill(order.payment_memo);
  await page.getByRole('searchbox', { name: 'Find an order' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${order.payment_memo}`));
  await expect(page.getByText(`1 order matches payment memo ${order.payment_memo}.`)).toBeVisible();
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toContainText('@no_script_reader');
  await context.close();
});

test('a server-rendered list is adopted by the app without asking for it again', async ({ signedIn: page, api, baseURL }) => {
  const order = await api.createStars({ recipient_username: 'adopted_row' });
  expect((await api.call('POST', `/api/v1/orders/${order.id}/cancel`)).status).toBe(200); // settled: no live polling
  const listRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v1/orders' && url.searchParams.get('recipient') === 'adopted_row')
      listRequests.push(request.url());
  });
  await page.goto('/orders?recipient=adopted_row');
  await appReady(page);
  await expect(page.getByTestId('order-row')).toContainText('@adopted_row');
  // A request the test makes after the app runs: any refetch the hydration started was issued before it.
  const marker = page.waitForRequest((request) => request.url() === `${baseURL}/api/v1/health?marker`);
  await page.evaluate(() => fetch('/api/v1/health?marker'));
  await marker;
  expect(listRequests).toEqual([]);
});
