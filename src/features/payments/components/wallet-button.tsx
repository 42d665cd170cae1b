import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import type { MessageId } from '@/locales/compiled/message-id';
import type { useWallet } from '../wallet/use-wallet';
import { useNetworkName } from './network-name';

interface WalletButtonProps {
  wallet: ReturnType<typeof useWallet>;
  /** What the button says with a connected wallet, given the wallet's name ("Pay 0.418 TON with Tonkeeper"). */
  action: (walletName: string) => string;
  connectLabel: string;
  wrongNetwork: string;
  busy: boolean;
  variant?: 'primary' | 'secondary';
  /** Without it the button submits its form. */
  onClick?: () => void;
}

/** The one wallet action of a payment panel: connect, pay with the connected wallet, or say it is on the wrong network. */
export function WalletButton({
  wallet,
  action,
  connectLabel,
  wrongNetwork,
  busy,
  variant = 'primary',
  onClick,
}: WalletButtonProps) {
  if (wallet.wrongNetwork) {
    return (
      <p role="alert" className="text-sm text-bad">
        {wrongNetwork}
      </p>
    );
  }
  if (wallet.account) {
    return (
      <Button variant={variant} type={onClick ? 'button' : 'submit'} onClick={onClick} disabled={busy} data-wallet-action>
        {action(wallet.account.walletName)}
      </Button>
    );
  }
  return (
    <Button variant={variant} onClick={() => void wallet.connect()} disabled={wallet.status === 'loading'}>
      {connectLabel}
    </Button>
  );
}

/** The network this dashboard pays on, in words. */

/** The wrong-network sentence of one panel, naming the network to switch to. */
export function useWrongNetworkText(id: Extract<MessageId, 'payments.wrongNetworkPay' | 'payments.wrongNetworkTopUp'>): string {
  const t = useT();
  return t(id, { network: useNetworkName() });
}
