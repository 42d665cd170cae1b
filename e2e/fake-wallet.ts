import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Address, beginCell } from '@ton/core';
import { expect, tolerateConsoleError } from './fixtures';

export const FAKE_WALLET_KEY = 'openmoneyTestWallet';
export const FAKE_WALLET_NAME = 'Sandbox Test Wallet';

export interface FakeWalletOptions {
  /** Chain id the wallet reports: '-239' mainnet (default) or '-3' testnet. */
  network?: '-239' | '-3';
  /** How many send requests to decline (code 300) before sending. */
  declineFirst?: number;
  /** Messages per transaction the wallet declares (TonConnect's SendTransaction feature); 4 by default. */
  maxMessages?: number;
}

/** What the wallet received, exactly as TonConnect delivered it. */
export interface ReceivedRequest {
  valid_until: number;
  network?: string;
  messages: { address: string; amount: string; payload?: string }[];
}

/**
 * A TonConnect JS-bridge wallet injected into the page. Its "broadcast" posts the message it received,
 * unchanged, to the sandbox's simulated chain (`POST /sandbox/transfers`).
 */
export async function installFakeWallet(page: Page, options: FakeWalletOptions = {}) {
  tolerateTonConnectOffline(page);
  const account = {
    address: new Address(0, Buffer.alloc(32, 0x2a)).toRawString(),
    publicKey: 'ab'.repeat(32),
    walletStateInit: beginCell().storeUint(1, 8).endCell().toBoc().toString('base64'),
    network: options.network ?? '-239',
  };
  const resultBoc = beginCell().storeUint(7, 8).endCell().toBoc().toString('base64');
  await page.addInitScript(
    ({ key, name, account, resultBoc, declineFirst, maxMessages }) => {
      const received: unknown[] = [];
      let declines = declineFirst;
      const device = {
        platform: 'browser',
        appName: name,
        appVersion: '1.0.0',
        maxProtocolVersion: 2,
        features: ['SendTransaction', { name: 'SendTransaction', maxMessages }],
      };
      const connectEvent = (id: number) => ({
        event: 'connect',
        id,
        payload: { device, items: [{ name: 'ton_addr', ...account }] },
      });
      let connected = false;
      const bridge = {
        deviceInfo: device,
        walletInfo: {
          name,
          app_name: key,
          image: '/wallets/sandbox-wallet.png',
          about_url: 'https://theopenmoney.info',
          platforms: ['chrome'],
        },
        protocolVersion: 2,
        isWalletBrowser: false,
        connect: async () => {
          connected = true;
          return connectEvent(1);
        },
        restoreConnection: async () =>
          connected ? connectEvent(2) : { event: 'connect_error', id: 2, payload: { code: 0, message: 'not connected' } },
        send: async (request: { method: string; params: string[]; id: string }) => {
          if (request.method !== 'sendTransaction') return { id: request.id, result: {} };
          const tx = JSON.parse(request.params[0] ?? '{}');
          received.push(tx);
          // A real wallet refuses more messages than it declared (TonConnect checks too, before sending).
          if (tx.messages.length > maxMessages) {
            return { id: request.id, error: { code: 1, message: `at most ${maxMessages} messages` } };
          }
          if (declines > 0) {
            declines -= 1;
            return { id: request.id, error: { code: 300, message: 'User declined the transaction' } };
          }
          for (const message of tx.messages) {
            const res = await fetch('/sandbox/transfers', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ address: message.address, amount: message.amount, payload: message.payload }),
            });
            if (!res.ok) return { id: request.id, error: { code: 0, message: `broadcast failed: ${res.status}` } };
          }
          return { id: request.id, result: resultBoc };
        },
        listen: () => () => {},
        disconnect: async () => {
          connected = false;
        },
      };
      Object.assign(window, { [key]: { tonconnect: bridge }, __walletReceived: received });
    },
    {
      key: FAKE_WALLET_KEY,
      name: FAKE_WALLET_NAME,
      account,
      resultBoc,
      declineFirst: options.declineFirst ?? 0,
      maxMessages: options.maxMessages ?? 4,
    },
  );
  // The shipped wallets list, plus this wallet (a local static file; the partner API is never mocked).
  const list = JSON.parse(readFileSync(join(process.cwd(), 'public', 'tonconnect-wallets.json'), 'utf8')) as unknown[];
  list.unshift({
    app_name: FAKE_WALLET_KEY,
    name: FAKE_WALLET_NAME,
    image: '/wallets/sandbox-wallet.png',
    about_url: 'https://theopenmoney.info',
    bridge: [{ type: 'js', key: FAKE_WALLET_KEY }],
    platforms: ['chrome', 'firefox', 'safari', 'macos', 'windows', 'linux'],
    features: [{ name: 'SendTransaction', maxMessages: options.maxMessages ?? 4 }],
  });
  await page.route('**/tonconnect-wallets.json', (route) => route.fulfill({ json: list }));
  return {
    account,
    received: () => page.evaluate(() => (window as unknown as { __walletReceived: ReceivedRequest[] }).__walletReceived),
  };
}

/**
 * Connects through the TonConnect modal, as a partner would. Once in about a hundred runs TonConnect UI's
 * modal closed again right after opening (its wallets had loaded); a partner would click again, and so
 * does this helper — once the entry is visible, the rest of the journey is unchanged.
 */
export async function connectFakeWallet(page: Page) {
  const entry = page.getByText(FAKE_WALLET_NAME, { exact: true }).first();
  await expect(async () => {
    if (!(await entry.isVisible())) {
      await page
        .getByRole('button', { name: /Connect (a )?wallet/ })
        .first()
        .click();
    }
    await expect(entry).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 20_000 });
  await entry.click();
  await page.getByTestId('wallet-address').waitFor();
}

/**
 * TonConnect UI itself, on this offline machine: its modal opens SSE links to the real wallets' bridges
 * and loads a TON logo from GitHub; with no DNS here those loads fail. Those console errors are the
 * widget's, declared here; any other error still fails the test.
 */
export function tolerateTonConnectOffline(page: Page) {
  tolerateConsoleError(page, /^Failed to load resource: net::ERR_NAME_NOT_RESOLVED$/);
  tolerateConsoleError(page, /raw\.githubusercontent\.com\/ton-connect/);
}
