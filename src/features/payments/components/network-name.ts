import { useT } from '@/lib/i18n/use-t';
import { NETWORK_NAME } from '../config';

/** The TON network the dashboard pays on, in words ("mainnet" / "testnet"), for the header and the pay panels. */
export function useNetworkName(): string {
  const t = useT();
  return t(NETWORK_NAME === 'mainnet' ? 'payments.network.mainnet' : 'payments.network.testnet');
}
