import type { Session } from '@contract';

const TESTNET = import.meta.env?.VITE_TON_NETWORK === '-3';

/**
 * Where a transaction can be seen on the chain: Tonviewer for the network the dashboard pays on, and nowhere
 * in sandbox mode (its transactions are simulated; a mainnet link would show nothing or someone else's).
 */
export function transactionUrl(hash: string, mode: Session['mode'] | undefined): string | null {
  if (mode !== 'upstream') return null;
  return `https://${TESTNET ? 'testnet.' : ''}tonviewer.com/transaction/${encodeURIComponent(hash)}`;
}
