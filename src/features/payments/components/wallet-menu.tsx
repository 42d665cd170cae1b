import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import { useWallet } from '../wallet/use-wallet';
import { useNetworkName } from './network-name';

function short(address: string): string {
  return `${address.slice(0, 4)}…${address.slice(-4)}`;
}

/** The layout's wallet control. TonConnect loads only when asked for, or when a wallet is remembered. */
export function WalletMenu() {
  const t = useT();
  const network = useNetworkName();
  const wallet = useWallet();
  if (wallet.account) {
    return (
      <span className="flex items-center gap-2 text-xs">
        <span title={wallet.account.friendly} data-testid="wallet-address">
          {wallet.account.walletName} · {short(wallet.account.friendly)} (
          {wallet.wrongNetwork ? t('payments.menu.wrongNetwork') : network})
        </span>
        <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => void wallet.disconnect()}>
          {t('payments.menu.disconnect')}
        </Button>
      </span>
    );
  }
  return (
    <Button
      variant="secondary"
      className="px-2 py-1 text-xs"
      onClick={() => void wallet.connect()}
      disabled={wallet.status === 'loading'}
    >
      {t('payments.menu.connect')}
    </Button>
  );
}
