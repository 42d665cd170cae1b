import type { TonConnectUI } from '@tonconnect/ui-react';
import { useEffect, useSyncExternalStore } from 'react';
import { walletMaxMessages } from '@/lib/ton/batch';
import { TON_NETWORK } from '../config';

type Connector = typeof import('./connector');

export interface WalletState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Raw account address (`0:…`) and its user-friendly form, when a wallet is connected. */
  account: { address: string; friendly: string; chain: string; walletName: string; maxMessages: number } | null;
}

let state: WalletState = { status: 'idle', account: null };
let loading: Promise<{ ui: TonConnectUI; lib: Connector }> | null = null;
const listeners = new Set<() => void>();

function set(next: Partial<WalletState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

/** Loads TonConnect on demand (once) and mirrors its connection into a React-readable store. */
export function loadWallet(): Promise<{ ui: TonConnectUI; lib: Connector }> {
  loading ??= import('./connector').then(
    (lib) => {
      const ui = lib.tonConnectUI();
      const mirror = () => {
        const wallet = ui.wallet;
        set({
          status: 'ready',
          account: wallet
            ? {
                address: wallet.account.address,
                friendly: lib.friendlyAddress(wallet.account.address),
                chain: wallet.account.chain,
                walletName: 'name' in wallet ? wallet.name : wallet.device.appName,
                // Messages per transaction, as the wallet declares (TonConnect's SendTransaction feature).
                maxMessages: walletMaxMessages(wallet.device.features),
              }
            : null,
        });
      };
      ui.onStatusChange(mirror);
      void ui.connectionRestored.then(mirror);
      mirror();
      return { ui, lib };
    },
    (error: unknown) => {
      loading = null;
      set({ status: 'failed' });
      throw error;
    },
  );
  if (state.status === 'idle') set({ status: 'loading' });
  return loading;
}

/** A wallet connection kept from an earlier visit (TonConnect's own storage); reading it stores nothing. */
export function hasRememberedWallet(): boolean {
  try {
    return window.localStorage.getItem('ton-connect-storage_bridge-connection') !== null;
  } catch {
    return false;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getState = () => state;

/** The wallet connection; `eager` loads TonConnect right away (pages where paying happens). */
export function useWallet({ eager = false } = {}) {
  const current = useSyncExternalStore(subscribe, getState, getState);
  useEffect(() => {
    if (eager || hasRememberedWallet()) void loadWallet();
  }, [eager]);
  const wrongNetwork = current.account !== null && current.account.chain !== TON_NETWORK;
  return {
    ...current,
    wrongNetwork,
    connect: async () => (await loadWallet()).ui.openModal(),
    disconnect: async () => (await loadWallet()).ui.disconnect(),
  };
}
