import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { exportRunSchema } from '../contract/export';
import { nanoToTon, tonToNano } from '../contract/money';
import { type Order, orderPageSchema, statsSummarySchema } from '../contract/orders';
import { auditPageSchema } from '../contract/workspace';
import { appReady, deferred, expect, expectAccessible, test, uniqueRef } from './fixtures';

/** The stats request the page makes, so the test asks the API for exactly the same range. */
function summaryRequest(page: Page) {
  return page.waitForRequest((request) => request.url().includes('/api/v1/orders/stats/summary'));
}

/** `1,234.5` for the TON amount the API sent, exactly (the page's `en` format). */
function tonText(value: number): string {
  const [whole = '0', frac] = nanoToTon(tonToNano(value)).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

test('stats cards equal the API summary for the chosen range; chart, tooltip and table are accessible', async ({
  signedIn: page,
  api,
}) => {
  const paid = await api.createStars({ recipient_username: 'stats_buyer', quantity: 250 });
  await api.pay(paid);
  await api.call('POST', '/api/v1/orders/premium', { recipient_username: 'stats_prem', months: 3 });
  await page.goto('/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'Stats' })).toBeVisible();
  await page.getByRole('button', { name: '7 days' }).click();
  await expect(page).toHaveURL(/days=7/);
  // Wait for fulfilment to settle so screen and API are compared on the same state.
  await expect
    .poll(async () => (await api.call('GET', `/api/v1/orders/${paid.id}`)).json.data)
    .toMatchObject({ status: 'completed' });
  const asked = summaryRequest(page);
  await page.reload();
  const query = new URL((await asked).url()).searchParams;
  const summary = statsSummarySchema.parse((await api.call('GET', `/api/v1/orders/stats/summary?${query}`)).json.data);
  expect(summary.total_orders).toBeGreaterThan(0);
  await expect(page.getByTestId('stat-orders')).toHaveText(summary.total_orders.toLocaleString('en-US'));
  await expect(page.getByTestId('stat-completed')).toHaveText((summary.by_status.completed ?? 0).toLocaleString('en-US'));
  await expect(page.getByTestId('stat-stars')).toHaveText(summary.stars_total.toLocaleString('en-US'));
  await expect(page.getByTestId('stat-premium')).toHaveText(summary.premium_months_total.toLocaleString('en-US'));
  await expect(page.getByTestId('stat-spent')).toHaveText(`${tonText(summary.spent_ton)} TON`);
  await expect(page.getByText('Completed ÷ (completed + failed + refunded)')).toBeVisible();
  const chart = page.getByTestId('stats-chart');
  await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeAttached();
  await expect(page.getByText('The last day is today: its figures are still growing.')).toBeVisible();
  await expectAccessible(page);
  // The tooltip of today's bar, on the theme's surface.
  const today = new Date().toISOString().slice(0, 10);
  await chart.locator('.recharts-bar-rectangle').last().hover();
  const tooltip = chart.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText(today);
  await expect(tooltip).toContainText('today, so far');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('table', { name: 'Daily orders and TON spent' })).toContainText(`${today}today, so far`);
  const scrollBox = page.getByRole('region', { name: 'Daily figures (scrollable)' });
  await scrollBox.focus();
  await expect(scrollBox).toBeFocused();
  await expectAccessible(page);
});

test.describe('in Jakarta (UTC+7)', () => {
  test.use({ timezoneId: 'Asia/Jakarta' });

  test('a range is whole local days, sent as UTC instants; typed days are checked', async ({ signedIn: page }) => {
    await page.goto('/stats');
    await appReady(page);
    const form = page.getByRole('form', { name: 'Custom range' });
    await form.getByLabel('From', { exact: true }).fill('2026-04-01');
    await form.getByLabel('To', { exact: true }).fill('2026-04-31');
    await form.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(form.getByRole('alert')).toHaveText('Enter both days as YYYY-MM-DD, for example 2026-04-30.');
    await expect(form.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    const asked = summaryRequest(page);
    await form.getByLabel('To', { exact: true }).fill('2026-04-30');
    await form.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/from=2026-04-01&to=2026-04-30/);
    const query = new URL((await asked).url()).searchParams;
    expect([query.get('from'), query.get('to')]).toEqual(['2026-03-31T17:00:00Z', '2026-04-30T16:59:59Z']);
  });
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
  const trigger = page.getByRole('button', { name: 'Export CSV' });
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  await expect(dialog).toBeVisible();
  // The count and the file name are known before the export starts.
  await expect(dialog.getByTestId('export-count')).toHaveText(
    new RegExp(`^${expected} rows? will be exported to orders-all-\\d{4}-\\d{2}-\\d{2}-cancelled\\.csv\\.$`),
  );
  await expectAccessible(page);
  // A real modal: Escape closes it and focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await trigger.click();
  await dialog.getByRole('button', { name: 'Select none' }).click();
  await expect(dialog.getByRole('button', { name: 'Start export' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Select all' }).click();
  await expect(dialog.getByRole('checkbox', { name: /Client reference/ })).toBeChecked();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Start export' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^orders-all-\d{4}-\d{2}-\d{2}-cancelled\.csv$/);
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
  // The server itself logged who exported what, with the filters and the row count.
  const audit = await page.request.get('/workspace/audit?action=export&limit=1');
  const [entry] = auditPageSchema.parse((await audit.json()).data).items;
  expect(entry?.detail).toEqual({ source: 'orders', filters: 'status=cancelled', rows: expected, outcome: 'done' });
});

test('cancel stops an export and saves nothing', async ({ signedIn: page, api }) => {
  for (let i = 0; i < 250; i += 1) await api.createStars({ recipient_username: `bulk_user_${i % 10}xx` });
  // The export's registration is held until Cancel has been pressed: the export is surely under way when
  // it is cancelled, and once the server has registered it the page must cancel it there, never download it.
  const cancelPressed = deferred();
  await page.route(/\/workspace\/exports$/, async (route) => {
    await cancelPressed.promise;
    await route.continue();
  });
  await page.goto('/orders');
  await appReady(page);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByTestId('export-count')).toContainText('rows will be exported');
  await page.getByRole('button', { name: 'Start export' }).click();
  await expect(page.getByTestId('export-progress')).toContainText('0 /');
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByText('Export cancelled; no file was saved.')).toBeVisible();
  const registered = page.waitForResponse(/\/workspace\/exports$/);
  const cancelled = page.waitForResponse(/\/workspace\/exports\/[^/]+\/cancel$/);
  cancelPressed.resolve();
  const run = exportRunSchema.parse((await (await registered).json()).data);
  expect(exportRunSchema.parse((await (await cancelled).json()).data)).toMatchObject({ id: run.id, state: 'cancelled' });
  // The server will not write that file for anyone now, and the page never asked for it.
  expect((await page.request.get(run.url)).status()).toBe(404);
  await expect(page.getByText('Export cancelled; no file was saved.')).toBeVisible();
  expect(downloads).toEqual([]);
});
