/** TON network the dashboard pays on: mainnet (`-239`) unless built with VITE_TON_NETWORK=-3 (testnet). */
export const TON_NETWORK: '-239' | '-3' = import.meta.env?.VITE_TON_NETWORK === '-3' ? '-3' : '-239';
export const NETWORK_NAME = TON_NETWORK === '-239' ? 'mainnet' : 'testnet';

export function manifestUrl(): string {
  return import.meta.env?.VITE_TONCONNECT_MANIFEST_URL || new URL('/tonconnect-manifest.json', window.location.origin).href;
}

/** Same-origin wallets list: works offline, no remote config host, no remote icons. */
export const WALLETS_LIST_URL = '/tonconnect-wallets.json';
