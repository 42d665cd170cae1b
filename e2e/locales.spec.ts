import { appReady, expect, signIn, test } from './fixtures';

/** `2026-04-16 19:00`: an instant's wall-clock minutes in a zone, worked out independently of the app's helpers. */
function formatDateTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * Partners in Jakarta and Moscow read the dashboard in their language, with times in their zone, from the
 * first server-rendered byte to every page the browser renders.
 */
const cases = [
  {
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    lang: 'id',
    signIn: 'Masuk',
    demo: 'Lanjutkan sebagai pemilik demo',
    orders: 'Pesanan',
  },
  {
    locale: 'ru-RU',
    timezoneId: 'America/Los_Angeles',
    lang: 'ru',
    signIn: 'Вход',
    demo: 'Продолжить как демо-владелец',
    orders: 'Заказы',
  },
] as const;

for (const c of cases) {
  test.describe(`${c.locale} in ${c.timezoneId}`, () => {
    test.use({ locale: c.locale, timezoneId: c.timezoneId });

    test('headings are translated and times are local, in the list and on the order page', async ({ page, api }) => {
      const order = await api.createStars({ recipient_username: `zone_${c.lang}_reader` });
      await api.ensureWorkspace();
      const local = formatDateTime(order.created_at, c.timezoneId);
      await page.goto('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page.getByRole('heading', { level: 1, name: c.signIn })).toBeVisible();
      await page.getByRole('button', { name: c.demo }).click();
      await expect(page.getByRole('heading', { level: 1, name: c.orders })).toBeVisible();

      const row = page.getByTestId('order-row').filter({ hasText: order.recipient_username });
      await expect(row.first()).toContainText(local);

      // The server's render of the same page (a reload) already speaks the language and shows local times.
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page.getByTestId('order-row').filter({ hasText: order.recipient_username }).first()).toContainText(local);
      await appReady(page);

      await page.goto(`/orders/${order.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(String(order.id));
      await expect(page.locator('main')).toContainText(local);
      expect(await page.title()).toContain(String(order.id));
    });
  });
}

test('the language and time zone chosen in settings are kept, and the server renders with them', async ({ page, api }) => {
  const order = await api.createStars({ recipient_username: 'zone_switcher' });
  await signIn(page);
  await appReady(page);

  await page.getByRole('button', { name: 'Language and time zone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Time zone').selectOption('Asia/Jakarta');
  await dialog.getByLabel('Language').selectOption('ru');
  await expect(page.getByRole('dialog', { name: 'Настройки' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Заказы' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const local = formatDateTime(order.created_at, 'Asia/Jakarta');
  await expect(page.getByTestId('order-row').filter({ hasText: 'zone_switcher' }).first()).toContainText(local);

  const response = await page.request.get('/orders');
  const html = await response.text();
  expect(html).toMatch(/<html lang="ru" data-time-zone="Asia\/Jakarta">/);
  expect(html).toContain(local);
});
