import type { Locator, Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures';

/** Whatever has the focus shows it: an outline (or a ring) that is not "none". */
async function expectVisibleFocus(page: Page) {
  const shown = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing focused';
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'visible' : `${el.tagName} has no focus outline`;
  });
  expect(shown).toBe('visible');
}

/** Presses Tab until `target` has the focus (at most `limit` times), checking each stop shows its focus. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function expectHeadingFocused(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
}

test('keyboard only: sign in, create an order, open it from the list, export', async ({ page, api }) => {
  await api.ensureWorkspace();
  await page.goto('/sign-in');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Continue as the demo owner' }));
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Orders');

  // The skip link is the first stop and lands past the header.
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'New order' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'New order');
  await tabTo(page, page.getByRole('textbox', { name: 'Recipient' }));
  await page.keyboard.type('keyboard_only');
  await tabTo(page, page.getByRole('textbox', { name: 'Quantity of Stars' }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('150');
  await tabTo(page, page.getByRole('button', { name: /create order/i }));
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, /#\d+/);
  const orderHeading = await page.getByRole('heading', { level: 1 }).textContent();
  const id = (orderHeading ?? '').match(/\d+/)?.[0] ?? '';

  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Orders', exact: true }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Orders');
  await tabTo(page, page.getByRole('link', { name: `#${id}` }).first());
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, new RegExp(id));

  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Orders', exact: true }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Orders');
  await tabTo(page, page.getByRole('button', { name: /export/i }).first());
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await tabTo(page, dialog.getByRole('button', { name: /^(start|export|download)/i }).first());
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});
