import { type BalanceTransaction, type BalanceTransactionType, balanceTransactionTypes, type Session } from '@contract';
import { Link } from 'react-router';
import { Ton } from '@/components/ui/money';
import { useT } from '@/lib/i18n/use-t';
import { transactionUrl } from '../explorer';

function isKnownType(type: string): type is BalanceTransactionType {
  return (balanceTransactionTypes as readonly string[]).includes(type);
}

/** A transaction type in words; a type this dashboard does not know yet is shown as sent. */
export function TypeLabel({ type }: { type: string }) {
  const t = useT();
  return <>{isKnownType(type) ? t(`balance.tx.type.${type}`) : type.replace(/_/g, ' ')}</>;
}

/** The signed amount (`+12.5 TON`, `−0.418 TON`) coloured by direction, padded to the column's decimals. */
export function SignedAmount({ amount, decimals }: { amount: number; decimals: number }) {
  return (
    <span className={amount < 0 ? 'text-bad' : 'text-ok'}>
      {amount > 0 ? '+' : ''}
      <Ton value={amount} decimals={decimals} />
    </span>
  );
}

export function OrderLink({ id, long = false }: { id: number | null | undefined; long?: boolean }) {
  const t = useT();
  if (id == null) return <span className="text-muted">—</span>;
  return (
    <Link className="text-accent underline underline-offset-2" to={`/orders/${id}`}>
      {long ? t('balance.tx.order', { id }) : `#${id}`}
    </Link>
  );
}

/** The chain transaction: a Tonviewer link outside the sandbox; in the sandbox, the simulated hash as text. */
export function TxHash({ hash, mode }: { hash: BalanceTransaction['tx_hash']; mode: Session['mode'] | undefined }) {
  const t = useT();
  if (!hash) return <span className="text-muted">—</span>;
  const url = transactionUrl(hash, mode);
  const className = 'block max-w-48 truncate font-mono text-xs';
  return url ? (
    <a className={`${className} text-accent underline`} href={url} target="_blank" rel="noreferrer" title={hash}>
      {hash}
    </a>
  ) : (
    <span className={`${className} text-muted`} title={mode === 'sandbox' ? t('balance.tx.simulated') : hash}>
      {hash}
    </span>
  );
}
