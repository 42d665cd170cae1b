import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test';
import { type Order, orderSchema } from '../contract/orders';
import { E2E_KEY } from '../playwright.config';

export { expect };
export const DEMO_KEY = E2E_KEY;

/** Seeds data through the sandbox's own partner API (never SQL), authenticated like curl would be. */
export class PartnerApi {
  constructor(private readonly request: APIRequestContext) {}

  async call(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.request.fetch(path, {
      method,
      headers: { Authorization: `Bearer ${DEMO_KEY}`, ...headers },
      data: body,
    });
    const json = (await response.json()) as { ok: boolean; data: unknown; error_code?: string };
    return { status: response.status(), json };
  }

  async createStars(extra: Record<string, unknown> = {}): Promise<Order> {
    const res = await this.call('POST', '/api/v1/orders/stars', { recipient_username: 'e2e_buyer', quantity: 100, ...extra });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return orderSchema.parse(res.json.data);
  }
}

/** Every test fails on a console error or an uncaught page error. */
export const test = base.extend<{ api: PartnerApi; signedIn: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      // Chromium reports every 4xx answer as a console error; refusals (401 after sign-out, 409 on a
      // cancel) are part of the journeys and are asserted on screen instead. 5xx and script errors still fail.
      const expectedRefusal = /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text());
      if (message.type() === 'error' && !expectedRefusal) problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
  api: async ({ request }, use) => {
    await use(new PartnerApi(request));
  },
  signedIn: async ({ page }, use) => {
    await signIn(page);
    await use(page);
  },
});

export async function signIn(page: Page, key = DEMO_KEY) {
  await page.goto('/sign-in');
  await page.getByLabel('Partner API key').fill(key);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
}
