import type { Browser, Page } from '@playwright/test';
import { orderSchema } from '../contract/orders';
import { E2E_EMPTY_PORT } from '../playwright.config';
import { appReady, DEMO_KEY, expect, expectAccessible, guardConsole, navigateInApp, test } from './fixtures';

// A workspace nobody has set up yet: the second e2e server (own in-memory databases).
const origin = `http://127.0.0.1:${E2E_EMPTY_PORT}`;
test.use({ baseURL: origin });

const PASSWORD = 'correct horse battery';

/** The owner makes an invitation link for `role` on the team page and hands it over (read from the page). */
async function invite(owner: Page, role: 'Support' | 'Operator'): Promise<string> {
  await owner.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await owner.getByRole('button', { name: 'Create invitation link' }).click();
  const created = owner.getByRole('region', { name: `Invitation link for someone joining as ${role}` });
  await expect(created).toBeFocused();
  const link = (await created.getByTestId('invite-link').textContent()) ?? '';
  expect(link).toMatch(new RegExp(`^${origin}/join#[A-Za-z0-9_-]{32,64}$`));
  await created.getByRole('button', { name: 'Done' }).click();
  return link;
}

type Person = { name: string; email: string; role: 'Support' | 'Operator' };

/** Someone opens their link in a fresh browser context and joins; their console is watched like the owner's. */
async function join(browser: Browser, link: string, { name, email, role }: Person, checks: (() => void)[]) {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  checks.push(guardConsole(page));
  await page.goto(link);
  await expect(page.getByText(`Olga Owner invited you to join as ${role}.`)).toBeVisible();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Choose a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  return page;
}

test('the owner sets up a team, roles hold on the server, the audit log names who did what, removal signs out at once', async ({
  page: owner,
  browser,
  api,
}) => {
  test.setTimeout(90_000);
  const checks: (() => void)[] = [];

  // Set-up through the form: the sandbox pre-fills the demo partner's key.
  await owner.goto('/');
  await expect(owner.getByRole('heading', { name: 'Set up your workspace' })).toBeVisible();
  await expect(owner.getByLabel('Partner API key')).toHaveValue(DEMO_KEY);
  await owner.getByLabel('Your name').fill('Olga Owner');
  await owner.getByLabel('Email', { exact: true }).fill('olga@example.com');
  await owner.getByLabel('Choose a password').fill(PASSWORD);
  await owner.getByRole('button', { name: 'Create workspace' }).click();
  await expect(owner.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();

  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(owner.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  await expect(owner.getByTestId('masked-key')).toHaveText(`osk_…${DEMO_KEY.slice(-4)}`);
  const supportLink = await invite(owner, 'Support');
  const operatorLink = await invite(owner, 'Operator');
  await expect(owner.getByTestId('invite-row')).toHaveCount(2);
  await expectAccessible(owner);

  const support = await join(browser, supportLink, { name: 'Sara Support', email: 'sara@example.com', role: 'Support' }, checks);
  const operator = await join(
    browser,
    operatorLink,
    { name: 'Oskar Operator', email: 'oskar@example.com', role: 'Operator' },
    checks,
  );
  // Each link worked once: the owner's list of pending invitations is empty again.
  await owner.reload();
  await expect(owner.getByText('No invitation is waiting.')).toBeVisible();
  await expect(owner.getByTestId('member-row')).toHaveCount(3);

  // The operator creates an order through the dashboard.
  await operator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New order' }).click();
  await operator.getByLabel('Recipient').fill('@pandus');
  await expect(operator.getByText('✓ Pandus can receive Stars.')).toBeVisible();
  await operator.getByRole('button', { name: 'Create order' }).click();
  await expect(operator).toHaveURL(/\/orders\/\d+$/);
  const id = Number(new URL(operator.url()).pathname.split('/').pop());
  const order = orderSchema.parse((await api.call('GET', `/api/v1/orders/${id}`)).json.data);

  // Support finds it by its memo and sees who created it, but may neither create nor cancel…
  await appReady(support);
  await support.getByRole('searchbox', { name: 'Find an order' }).fill(order.payment_memo);
  await support.getByRole('searchbox', { name: 'Find an order' }).press('Enter');
  await expect(support.getByText(`1 order matches payment memo ${order.payment_memo}.`)).toBeVisible();
  await expect(support.getByTestId('order-row')).toContainText('Oskar Operator');
  await expect(support.getByRole('link', { name: 'New order' })).toHaveCount(0);
  await support.getByRole('link', { name: `#${id}`, exact: true }).click();
  await expect(support.getByRole('heading', { name: `Order #${id}` })).toBeVisible();
  await expect(support.getByText('Created by').locator('xpath=following-sibling::dd[1]')).toHaveText('Oskar Operator');
  await expect(support.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  // …and the server refuses it too when asked directly, whatever the page shows.
  const refused = await support.request.post('/api/v1/orders/stars', {
    headers: { Origin: origin, 'Idempotency-Key': crypto.randomUUID() },
    data: { recipient_username: 'pandus', quantity: 100 },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error_code).toBe('FORBIDDEN');

  // The owner's audit log names both, and what they did.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(owner.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  const rows = owner.getByTestId('audit-row');
  const created = rows.filter({ hasText: 'Created an order' });
  await expect(created).toContainText('Oskar Operator');
  await expect(created.getByRole('link', { name: `Order #${id}` })).toHaveAttribute('href', `/orders/${id}`);
  await expect(rows.filter({ hasText: 'Joined the workspace' }).filter({ hasText: 'Sara Support' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Joined the workspace' }).filter({ hasText: 'Oskar Operator' })).toHaveCount(1);
  await owner.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Oskar Operator' });
  await owner.getByRole('button', { name: 'Apply' }).click();
  await expect(owner).toHaveURL(/[?&]member=/);
  await expect(rows.filter({ hasNotText: 'Oskar Operator' })).toHaveCount(0);
  await expectAccessible(owner);

  // Removing the operator ends their sessions: their open tab is signed out on its next request.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await owner.getByRole('button', { name: 'Remove Oskar Operator' }).click();
  await owner.getByRole('dialog', { name: 'Remove Oskar Operator?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(owner.getByTestId('member-row')).toHaveCount(2);
  await navigateInApp(operator, '/stats');
  await expect(operator).toHaveURL(/\/sign-in/);
  await expect(operator.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  for (const check of checks) check();
  await support.context().close();
  await operator.context().close();
});
