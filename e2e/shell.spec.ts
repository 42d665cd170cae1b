import { expect, test, tolerateConsoleError } from './fixtures';

test('when the service is unreachable, one banner says so instead of an error per widget', async ({ signedIn: page }) => {
  tolerateConsoleError(page, /ERR_CONNECTION_REFUSED|Failed to load resource/);
  await page.route('**/api/v1/**', (route) => route.abort('connectionrefused'));
  await page.goto('/orders/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New order' })).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'cannot be reached right now' });
  await expect(banner).toHaveCount(1);
  await expect(banner).toBeVisible();
  await page.unroute('**/api/v1/**');
});

test('the sandbox is signposted on every page, and an unknown address has a way back', async ({ signedIn: page }) => {
  await expect(page.getByTitle(/No real TON moves/)).toBeVisible();
  await page.goto('/orders/42/nothing-here');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · The Open Money');
  await expect(page.getByTitle(/No real TON moves/)).toBeVisible();
  await page.getByRole('link', { name: 'Go to orders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeFocused();
  await expect(page).toHaveTitle('Orders · The Open Money');
});
