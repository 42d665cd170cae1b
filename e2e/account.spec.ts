import type { Browser, Page } from '@playwright/test';
import { authenticator } from 'otplib';
import * as z from 'zod/mini';
import { createdInviteSchema } from '../contract/workspace';
import { expect, guardConsole, navigateInApp, signInWithPassword, signOut, test, uniqueRef } from './fixtures';

type InvitedRole = 'operator' | 'support' | 'viewer';

/** The owner invites someone (as the team page does) and hands over the link's token. */
async function invite(owner: Page, role: InvitedRole, origin: string | undefined): Promise<string> {
  const response = await owner.request.post('/workspace/invites', { data: { role }, headers: { Origin: origin ?? '' } });
  expect(response.status()).toBe(200);
  return z.object({ data: createdInviteSchema }).parse(await response.json()).data.token;
}

function newPerson(name: string) {
  return {
    name,
    email: `${uniqueRef(name.split(' ')[0] ?? 'member').toLowerCase()}@example.com`,
    password: 'correct horse battery',
  };
}

/** A fresh browser (its own cookies), failing the test on console errors like the main page does. */
async function freshBrowser(browser: Browser, baseURL: string | undefined, userAgent?: string) {
  const context = await browser.newContext({ baseURL, userAgent });
  const page = await context.newPage();
  const check = guardConsole(page);
  const done = async () => {
    check();
    await context.close();
  };
  return { page, done };
}

/** Opens the invitation link and joins with the person's name, email and password. */
async function join(page: Page, token: string, person: ReturnType<typeof newPerson>, role: string) {
  await page.goto(`/join#${token}`);
  await expect(page.getByText(`Demo owner invited you to join as ${role}.`)).toBeVisible();
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Choose a password').fill(person.password);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
}

test('a member with two-factor signs in with email, password and the code their app shows', async ({
  signedIn: owner,
  browser,
  baseURL,
}) => {
  const person = newPerson('Tess Totp');
  const member = await freshBrowser(browser, baseURL);
  const page = member.page;
  await join(page, await invite(owner, 'operator', baseURL), person, 'Operator');

  await page.getByRole('button', { name: /Tess Totp/ }).click();
  await page.getByRole('link', { name: 'Your account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
  const twoFactor = page.getByRole('region', { name: 'Two-factor authentication' });
  await twoFactor.getByRole('button', { name: 'Set up two-factor' }).click();
  await expect(twoFactor.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = (await twoFactor.getByTestId('two-factor-secret').textContent()) ?? '';
  await twoFactor.getByLabel('Then enter the code the app shows').fill(authenticator.generate(secret));
  await twoFactor.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(twoFactor.getByText('On.', { exact: true })).toBeVisible();

  await signOut(page, 'Tess Totp');
  await signInWithPassword(page, person.email, person.password);
  const code = page.getByLabel('Authentication code');
  await expect(code).toBeFocused();
  const valid = authenticator.generate(secret);
  await code.fill(valid === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(code).toHaveAccessibleDescription(
    'This code was not accepted. Enter the code your app shows now (each code works once: if you just used it, wait for the next).',
  );
  await expect(code).toBeFocused();
  // Each code is good once: the one that turned two-factor on is spent, so sign in with the next step's code
  // (accepted: one step of clock drift either way).
  await code.fill(authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Tess Totp\s*Operator/ })).toBeVisible();
  await member.done();
});

test('my sessions: this browser is marked, and ending another one signs that browser out', async ({
  signedIn: owner,
  browser,
  baseURL,
}) => {
  const person = newPerson('Vic Viewer');
  const here = await freshBrowser(browser, baseURL);
  await join(here.page, await invite(owner, 'viewer', baseURL), person, 'Viewer');
  const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0';
  const elsewhere = await freshBrowser(browser, baseURL, firefox);
  await signInWithPassword(elsewhere.page, person.email, person.password);
  await expect(elsewhere.page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();

  const page = here.page;
  await page.goto('/account');
  const sessions = page.getByRole('region', { name: 'Where you are signed in' });
  const items = sessions.getByTestId('session-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Chrome on Linux');
  await expect(items.first()).toContainText('This browser');
  await expect(items.filter({ hasText: 'Firefox on Windows' })).toContainText('127.0.0.1');
  await sessions.getByRole('button', { name: 'End session on Firefox on Windows' }).click();
  await expect(items).toHaveCount(1);

  await navigateInApp(elsewhere.page, '/stats');
  await expect(elsewhere.page).toHaveURL(/\/sign-in/);
  await expect(elsewhere.page.getByLabel('Email')).toBeVisible();
  await here.done();
  await elsewhere.done();
});

test('a viewer sees no create, cancel, pay, top-up or export, and the New order page says why', async ({
  signedIn: owner,
  browser,
  baseURL,
  api,
}) => {
  const order = await api.createStars({ recipient_username: 'viewer_reads' });
  const viewer = await freshBrowser(browser, baseURL);
  const page = viewer.page;
  await join(page, await invite(owner, 'viewer', baseURL), newPerson('Wanda Viewer'), 'Viewer');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Bulk orders' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'New order' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'New order' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /export/i })).toHaveCount(0);

  await page.goto(`/orders/${order.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(String(order.id));
  await expect(page.getByRole('region', { name: 'Pay this order' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Pay|Connect|Simulate/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Balance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Balance' })).toBeVisible();
  await expect(page.getByTestId('topup-address')).toBeVisible();
  await expect(page.getByRole('button', { name: /top up|simulate|connect/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /export/i })).toHaveCount(0);

  await page.goto('/orders/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New order' })).toBeVisible();
  await expect(page.getByText('Your role (Viewer) cannot create orders.')).toBeVisible();
  await viewer.done();
});
