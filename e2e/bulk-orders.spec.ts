import Papa from 'papaparse';
import { balanceSchema } from '../contract/balance';
import { expect, expectAccessible, type PartnerApi, test, uniqueRef } from './fixtures';

const GOOD_ROWS = 30;

/** Tops the demo partner's balance up on the simulated chain, as a wallet would. */
async function topUp(api: PartnerApi, nano: bigint) {
  const balance = balanceSchema.parse((await api.call('GET', '/api/v1/balance')).json.data);
  const res = await api.call('POST', '/sandbox/transfers', { address: balance.topup_address, amount: nano.toString() });
  expect(res.status).toBe(200);
}

function bulkFile(ref: string): string {
  const good = Array.from({ length: GOOD_ROWS }, (_, index) => `bulk_friend_${index + 1};stars;50;;${ref}-${index + 1}`);
  return [
    '\uFEFFRecipient;Product;Quantity;Months;Client_Reference',
    ...good,
    `nouser_nobody;stars;50;;${ref}-bad-1`, // cannot receive
    `x;stars;50;;${ref}-bad-2`, // not a username
    `bulk_friend_1;stars;20;;${ref}-bad-3`, // below the minimum
    `bulk_friend_2;stars;50;;${ref}-dup`, // duplicate of row 3
  ].join('\r\n');
}

test('a bulk file: preview with good and bad rows, run, close the tab mid-job, reopen, see it finished', async ({
  signedIn: page,
  api,
  context,
}) => {
  test.setTimeout(60_000); // the preview's checks are paced under the rate limit, and the job at the server's pace
  await topUp(api, 100_000_000_000n);
  const ref = uniqueRef('e2e-bulk');
  await page.goto('/orders');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bulk orders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bulk orders' })).toBeVisible();

  // Dropped on the zone, as from a file manager.
  const file = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'giveaway.csv', { type: 'text/csv' }));
    return transfer;
  }, bulkFile(ref));
  await page.getByTestId('bulk-drop-zone').dispatchEvent('drop', { dataTransfer: file });

  await expect(page.getByRole('heading', { name: 'giveaway.csv' })).toBeVisible();
  await expect(page.getByTestId('bulk-checks')).toHaveText('Prices and recipients checked.', { timeout: 20_000 });
  await expect(page.getByTestId('bulk-counts').getByRole('listitem')).toHaveText([
    '34 rows',
    '30 ready',
    '1 duplicate',
    '2 with problems',
    '1 recipient cannot receive',
  ]);
  const rows = page.getByTestId('bulk-preview-row');
  await expect(rows.filter({ hasText: 'nouser_nobody' })).toContainText('No such Telegram user');
  await expect(rows.filter({ hasText: `${ref}-bad-2` })).toContainText('must be a Telegram username');
  await expect(rows.filter({ hasText: `${ref}-bad-3` })).toContainText('Stars must be a whole number from 50 to 10,000.');
  await expect(rows.filter({ hasText: `${ref}-dup` })).toContainText('Same as line 3 (left out)');
  // 30 × 50 stars at 0.209 TON each (the sandbox's fixed rate), fees included.
  await expect(page.getByTestId('bulk-total-ton')).toHaveText('6.27 TON');
  await expect(page.getByText(/^Your balance of [\d,.]+ TON covers it\.$/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create 30 orders' }).click();

  // The job runs on the server: close the tab while rows remain.
  await expect(page.getByRole('heading', { name: 'Bulk job: giveaway.csv' })).toBeVisible();
  await expect(page.getByTestId('bulk-job-status')).toHaveText('Running');
  await expect(page.getByTestId('bulk-remaining')).not.toHaveText('0');
  const jobUrl = page.url();
  await page.close();

  const again = await context.newPage();
  await again.goto('/orders/bulk');
  const job = again.getByTestId('bulk-job-item').filter({ hasText: 'giveaway.csv' }).first();
  await job.getByRole('link', { name: 'giveaway.csv' }).click();
  await expect(again).toHaveURL(jobUrl);
  await expect(again.getByTestId('bulk-job-status')).toHaveText('Finished', { timeout: 30_000 });
  await expect(again.getByTestId('bulk-done')).toHaveText('30');
  await expect(again.getByTestId('bulk-failed')).toHaveText('0');
  await expect(again.getByTestId('bulk-remaining')).toHaveText('0');
  await expect(again.getByTestId('bulk-result-row')).toHaveCount(30);
  await expect(again.getByTestId('bulk-result-row').first()).toContainText(/#\d+/);
  await expectAccessible(again);

  // Exactly one order per row (checked through by-reference), and a complete results file.
  for (let index = 1; index <= GOOD_ROWS; index += 1) {
    expect(await api.byReference(`${ref}-${index}`)).toHaveLength(1);
  }
  const [download] = await Promise.all([
    again.waitForEvent('download'),
    again.getByRole('link', { name: 'Download results (CSV)' }).click(),
  ]);
  const chunks = await (await download.createReadStream()).toArray();
  const csv = Papa.parse<Record<string, string>>(
    Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  );
  expect(csv.data.map((line) => [line.client_reference, line.state, /^\d+$/.test(line.order_id ?? '')])).toEqual(
    Array.from({ length: GOOD_ROWS }, (_, index) => [`${ref}-${index + 1}`, 'done', true]),
  );
});
