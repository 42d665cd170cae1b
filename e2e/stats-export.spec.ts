import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { nanoToTon, tonToNano } from '../contract/money';
import { type Order, orderPageSchema, statsSummarySchema } from '../contract/orders';
import { appReady, deferred, expect, expectAccessible, test, uniqueRef } from './fixtures';

test('stats cards equal the API summary for the chosen range, and the chart renders', async ({ signedIn: page, api }) => {
  const paid = await api.createStars({ recipient_username: 'stats_buyer', quantity: 250 });
  await api.pay(paid);
  await api.call('POST', '/api/v1/orders/premium', { recipient_username: 'stats_prem', months: 3 });
  await page.goto('/stats');
  await page.getByRole('button', { name: '7 days' }).click();
  await expect(page).toHaveURL(/days=7/);
  // Wait for fulfilment to settle so screen and API are compared on the same state.
  await expect
    .poll(async () => (await api.call('GET', `/api/v1/orders/${paid.id}`)).json.data)
    .toMatchObject({ status: 'completed' });
  await page.reload();
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
  const summary = statsSummarySchema.parse(
    (await api.call('GET', `/api/v1/orders/stats/summary?from=${from}&to=${today}`)).json.data,
  );
  expect(summary.total_orders).toBeGreaterThan(0);
  await expect(page.getByTestId('stat-orders')).toHaveText(summary.total_orders.toLocaleString('en-US'));
  await expect(page.getByTestId('stat-completed')).toHaveText((summary.by_status.completed ?? 0).toLocaleString('en-US'));
  await expect(page.getByTestId('stat-stars')).toHaveText(summary.stars_total.toLocaleString('en-US'));
  await expect(page.getByTestId('stat-premium')).toHaveText(summary.premium_months_total.toLocaleString('en-US'));
  await expect(page.getByTestId('stat-spent')).toContainText(String(summary.spent_ton));
  await expect(page.getByTestId('stats-chart').locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('stats-chart').locator('.recharts-bar-rectangle').first()).toBeAttached();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('table', { name: 'Daily orders and TON spent' })).toContainText(today);
  await expectAccessible(page);
});

test('an empty range says so', async ({ signedIn: page }) => {
  await page.goto('/stats?from=2001-01-01&to=2001-01-31');
  await expect(page.getByText('No orders between 2001-01-01 and 2001-01-31.')).toBeVisible();
  await expect(page.getByTestId('stat-orders')).toHaveText('0');
});

test('exports the filtered orders: every row, exact amounts, formulas neutralised', async ({ signedIn: page, api }) => {
  const ref = `=HYPERLINK("http://evil.example","${uniqueRef('x')}")`;
  const cancelled: Order[] = [];
  for (let i = 0; i < 3; i += 1) {
    const order = await api.createStars({ recipient_username: `export_user${i}`, client_reference: ref, quantity: 100 + i });
    await api.call('POST', `/api/v1/orders/${order.id}/cancel`);
    cancelled.push(order);
  }
  const expected = orderPageSchema.parse((await api.call('GET', '/api/v1/orders?status=cancelled&limit=1')).json.data).total;
  await page.goto('/orders?status=cancelled');
  await appReady(page);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByRole('dialog', { name: 'Export CSV' })).toBeVisible();
  await expectAccessible(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Start export' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^orders_all_to_\d{4}-\d{2}-\d{2}_status-cancelled\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.data).toHaveLength(expected);
  expect(new Set(parsed.data.map((r) => r.status))).toEqual(new Set(['cancelled']));
  const mine = parsed.data.filter((r) => cancelled.some((o) => String(o.id) === r.id));
  expect(mine).toHaveLength(3);
  for (const row of mine) {
    const order = cancelled.find((o) => String(o.id) === row.id);
    expect(row.client_reference).toBe(`'${ref}`);
    expect(row.price_ton).toBe(nanoToTon(tonToNano(order?.price_ton ?? 0)));
    expect(row.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  }
  await expect(page.getByText(`Exported ${expected} rows.`)).toBeVisible();
});

test('cancel stops a running export and saves nothing', async ({ signedIn: page, api }) => {
  for (let i = 0; i < 250; i += 1) await api.createStars({ recipient_username: `bulk_user_${i % 10}xx` });
  // Page 2 of the export is held until Cancel has been pressed: the progress stops at "100 /" for sure,
  // and a wrongly continuing export would have to answer for the held request afterwards.
  const cancelPressed = deferred();
  await page.route(/\/api\/v1\/orders\?.*offset=100(&|$)/, async (route) => {
    await cancelPressed.promise;
    await route.continue().catch(() => undefined); // the page may have dropped the request already
  });
  await page.goto('/orders');
  await appReady(page);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  const secondPage = page.waitForEvent('requestfailed', (request) => /offset=100(&|$)/.test(request.url()));
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await page.getByRole('button', { name: 'Start export' }).click();
  await expect(page.getByTestId('export-progress')).toContainText('100 /');
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByText('Export cancelled; no file was saved.')).toBeVisible();
  cancelPressed.resolve();
  // The export gave up its request for page 2 (aborted, not answered), so nothing can complete the file.
  expect((await secondPage).failure()?.errorText).toMatch(/ABORTED/);
  expect(downloads).toEqual([]);
});
