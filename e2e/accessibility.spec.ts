import { appReady, expect, expectAccessible, signIn, test } from './fixtures';
import { STATES, seedOrderStates } from './order-states';

/**
 * Every page and every state a partner meets, at phone and desktop widths, in light and dark: no serious
 * or critical axe violation (contrast included). Modals and the chart tooltip are checked open.
 */
const widths = [
  { name: 'phone', viewport: { width: 375, height: 812 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;
const themes = ['light', 'dark'] as const;

for (const width of widths) {
  for (const theme of themes) {
    test.describe(`${width.name}, ${theme}`, () => {
      test.use({ viewport: width.viewport, colorScheme: theme });

      test('sign-in, lists, forms, stats and balance', async ({ page, api }) => {
        await api.createStars();
        await page.goto('/sign-in');
        // The set-up form on the run's first visit, the sign-in form afterwards: either is checked.
        await expect(page.getByRole('heading', { level: 1, name: /^(Sign in|Set up your workspace)$/ })).toBeVisible();
        await expectAccessible(page);
        await signIn(page);
        await appReady(page);
        await expectAccessible(page);

        await page.getByRole('button', { name: 'Language and time zone' }).click();
        await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
        await expectAccessible(page);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();

        await page
          .getByRole('button', { name: /export/i })
          .first()
          .click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectAccessible(page);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();

        for (const [path, heading] of [
          ['/orders/new', 'New order'],
          ['/balance', 'Balance'],
          ['/stats', 'Stats'],
          ['/no-such-page', 'Page not found'],
        ] as const) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
          await appReady(page);
          await expectAccessible(page);
        }
      });

      test('the chart with its tooltip open', async ({ signedIn: page, api }) => {
        await api.createStars();
        await page.goto('/stats');
        const chart = page.getByTestId('stats-chart');
        await expect(chart.locator('.recharts-bar-rectangle').first()).toBeAttached();
        await chart.locator('.recharts-bar-rectangle').last().hover();
        await expect(chart.locator('.recharts-tooltip-wrapper')).toContainText(new Date().toISOString().slice(0, 10));
        await expectAccessible(page);
      });

      test('an order in every state', async ({ signedIn: page, api }) => {
        const orders = await seedOrderStates(api);
        for (const state of STATES) {
          await page.goto(`/orders/${orders[state].id}`);
          await expect(page.getByRole('heading', { level: 1 })).toContainText(String(orders[state].id));
          await appReady(page);
          await expectAccessible(page);
        }
      });
    });
  }
}
