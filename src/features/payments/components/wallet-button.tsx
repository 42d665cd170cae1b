import { Button } from '@/components/ui/button';
import { NETWORK_NAME } from '../config';
import type { useWallet } from '../wallet/use-wallet';

interface WalletButtonProps {
  wallet: ReturnType<typeof useWallet>;
  /** What the button does with a connected wallet, e.g. "Pay 0.418 TON"; the wallet's name is added. */
  action: string;
  connectLabel: string;
  wrongNetwork: string;
  busy: boolean;
  /** Without it the button submits its form. */
  onClick?: () => void;
}

/** The one wallet action of a payment panel: connect, pay with the connected wallet, or say it is on the wrong network. */
export function WalletButton({ wallet, action, connectLabel, wrongNetwork, busy, onClick }: WalletButtonProps) {
  if (wallet.wrongNetwork) {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {wrongNetwork}
      </p>
    );
  }
  if (wallet.account) {
    return (
      <Button type={onClick ? 'button' : 'submit'} onClick={onClick} disabled={busy}>
        {action} with {wallet.account.walletName}
      </Button>
    );
  }
  return (
    <Button onClick={() => void wallet.connect()} disabled={wallet.status === 'loading'}>
      {connectLabel}
    </Button>
  );
}

export const wrongNetworkForPayment = `Your wallet is connected to the wrong network. This dashboard pays on TON ${NETWORK_NAME}; switch the wallet to ${NETWORK_NAME} and reconnect.`;
export const wrongNetworkForTopUp = `Your wallet is on the wrong network; switch it to TON ${NETWORK_NAME}.`;
