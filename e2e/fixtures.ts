import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test';
import { beginCell } from '@ton/core';
import { tonToNano } from '../contract/money';
import { type Order, orderListSchema, orderSchema } from '../contract/orders';
import { E2E_KEY } from '../playwright.config';

export { expect };
export const DEMO_KEY = E2E_KEY;

/** Seeds data through the sandbox's own partner API (never SQL), authenticated like curl would be. */
export class PartnerApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseURL: string | undefined,
  ) {}

  async call(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.request.fetch(path, {
      method,
      headers: { Authorization: `Bearer ${DEMO_KEY}`, ...headers },
      data: body,
    });
    const json = (await response.json()) as { ok: boolean; data: unknown; error_code?: string };
    return { status: response.status(), json };
  }

  async byReference(reference: string): Promise<Order[]> {
    const res = await this.call('GET', `/api/v1/orders/by-reference/${encodeURIComponent(reference)}`);
    expect(res.status).toBe(200);
    return orderListSchema.parse(res.json.data);
  }

  /** Pays an order on the simulated chain exactly as a wallet would (amount in nanotons, memo comment). */
  async pay(order: Order, amountNano: bigint = tonToNano(order.price_ton)) {
    const payload = beginCell().storeUint(0, 32).storeStringTail(order.payment_memo).endCell().toBoc().toString('base64');
    const res = await this.call('POST', '/sandbox/transfers', {
      address: order.payment_address,
      amount: amountNano.toString(),
      payload,
    });
    expect(res.status).toBe(200);
    return res.json.data as { outcome: string; tx_hash: string };
  }

  /**
   * Makes sure the workspace exists (the sandbox's demo owner creates it), without signing any page in:
   * this request context keeps its own cookies. For tests that need the sign-in form, not the set-up.
   */
  async ensureWorkspace() {
    const response = await this.request.post('/session', { data: { demo: true }, headers: { Origin: this.baseURL ?? '' } });
    expect(response.status()).toBe(200);
  }

  async createStars(extra: Record<string, unknown> = {}): Promise<Order> {
    const res = await this.call('POST', '/api/v1/orders/stars', { recipient_username: 'e2e_buyer', quantity: 100, ...extra });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return orderSchema.parse(res.json.data);
  }
}

/** Every test fails on a console error or an uncaught page error. */
const tolerated = new WeakMap<Page, RegExp[]>();

/** Declares a console error this test provokes on purpose (e.g. a dropped connection). */
export function tolerateConsoleError(page: Page, pattern: RegExp) {
  tolerated.set(page, [...(tolerated.get(page) ?? []), pattern]);
}

/**
 * Collects a page's console errors and uncaught errors; the returned check fails the test if there were
 * any. Chromium reports every 4xx answer as a console error; refusals (401 after sign-out, 409 on a
 * cancel) are part of the journeys and are asserted on screen instead. 5xx and script errors still fail.
 */
export function guardConsole(page: Page): () => void {
  const problems: string[] = [];
  page.on('console', (message) => {
    const expectedRefusal = /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text());
    const declared = (tolerated.get(page) ?? []).some((pattern) => pattern.test(message.text()));
    if (message.type() === 'error' && !expectedRefusal && !declared) problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return () => expect(problems, 'the page logged errors').toEqual([]);
}

export const test = base.extend<{ api: PartnerApi; signedIn: Page }>({
  page: async ({ page }, use) => {
    const check = guardConsole(page);
    await use(page);
    check();
  },
  api: async ({ request, baseURL }, use) => {
    await use(new PartnerApi(request, baseURL));
  },
  signedIn: async ({ page }, use) => {
    await signIn(page);
    await use(page);
  },
});

/** Signs the page in as the sandbox's demo owner (creating the workspace on the first visit of the run). */
export async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Continue as the demo owner' }).click();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
}

/** Signs in through the form with an email and password (and the two-factor code when one is asked). */
export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs out through the header's user menu (named after the member). */
export async function signOut(page: Page, memberName: string) {
  await page.getByRole('button', { name: new RegExp(memberName) }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/**
 * Waits until the app runs in the page. Server-rendered pages (the orders list, searches) show their
 * content before their scripts have loaded, so a click right after goto() could land before hydration.
 */
export async function appReady(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/** Fails on serious or critical accessibility violations of what is on screen now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

export function uniqueRef(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A promise the test resolves itself, to hold a routed request until something a person does has happened. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/**
 * Moves within the app as its links do (history + popstate) without clicking one. For a page whose session
 * was ended behind its back: its own background refresh may meet the 401 first and leave for sign-in, and a
 * click would then wait for a link that is gone. Either way the next request's 401 must end on sign-in.
 */
export async function navigateInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}
