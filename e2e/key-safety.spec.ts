import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_KEY, expect, test, uniqueRef } from './fixtures';

/**
 * The partner key stays on the server for every role: no answer the browser receives (pages, scripts, API
 * answers), nothing it stores and no URL it visits holds it, whoever is signed in.
 */
const PAGES = ['/orders', '/orders/new', '/stats', '/balance', '/account', '/team', '/audit'];

async function memberContext(browser: Browser, owner: APIRequestContext, baseURL: string, role: string): Promise<BrowserContext> {
  const invite = await owner.post('/workspace/invites', { data: { role }, headers: { Origin: baseURL } });
  expect(invite.status()).toBe(200);
  const { token } = (await invite.json()).data;
  const context = await browser.newContext({ baseURL });
  const email = `${uniqueRef(role)}@example.com`;
  const joined = await context.request.post('/workspace/join', {
    data: { token, name: `${role} member`, email, password: 'a strong password' },
    headers: { Origin: baseURL },
  });
  expect(joined.status()).toBe(200);
  return context;
}

async function storedEverywhere(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    cookie: document.cookie,
    url: location.href,
    html: document.documentElement.outerHTML,
  }));
}

test('no role ever receives or keeps the partner key in the browser', async ({ browser, baseURL, api }) => {
  test.setTimeout(90_000);
  const base = baseURL ?? '';
  const order = await api.createStars({ client_reference: uniqueRef('key-safety') });
  const ownerContext = await browser.newContext({ baseURL: base });
  expect((await ownerContext.request.post('/session', { data: { demo: true }, headers: { Origin: base } })).status()).toBe(200);
  const contexts: [string, BrowserContext][] = [['owner', ownerContext]];
  for (const role of ['operator', 'support', 'viewer'])
    contexts.push([role, await memberContext(browser, ownerContext.request, base, role)]);

  for (const [role, context] of contexts) {
    const page = await context.newPage();
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => bodies.push(response.text().catch(() => '')));
    for (const path of [...PAGES, `/orders/${order.id}`, `/orders?q=${order.payment_memo}`]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const [where, text] of Object.entries(await storedEverywhere(page)))
        expect(text, `${role} ${path} ${where}`).not.toContain(DEMO_KEY);
    }
    const received = await Promise.all(bodies);
    expect(received.length, `${role} made requests`).toBeGreaterThan(PAGES.length);
    for (const body of received) expect(body, `an answer to ${role}`).not.toContain(DEMO_KEY);
    for (const cookie of await context.cookies()) expect(cookie.value).not.toContain(DEMO_KEY);
    await context.close();
  }
});
