import '@/lib/ton/buffer-polyfill';
import { TonConnect, TonConnectUI, toUserFriendlyAddress, UserRejectsError } from '@tonconnect/ui-react';
import { manifestUrl, TON_NETWORK, WALLETS_LIST_URL } from '../config';

/**
 * The one TonConnect UI instance, created on first use. This module (TonConnect, @ton/core, Buffer) is
 * only ever loaded through `import()`, so it never weighs on the first page load.
 */
let instance: TonConnectUI | null = null;

export function tonConnectUI(): TonConnectUI {
  instance ??= new TonConnectUI({
    connector: new TonConnect({ manifestUrl: manifestUrl(), walletsListSource: WALLETS_LIST_URL, analytics: { mode: 'off' } }),
    restoreConnection: true,
  });
  return instance;
}

export function friendlyAddress(raw: string): string {
  return toUserFriendlyAddress(raw, TON_NETWORK === '-3');
}

export function isUserRejection(error: unknown): boolean {
  return (
    error instanceof UserRejectsError || (typeof error === 'object' && error !== null && 'code' in error && error.code === 300)
  );
}

export { commentPayload } from '@/lib/ton/comment';
