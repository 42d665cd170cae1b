import { nanoToTon } from '@contract';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';

/** Whether the balance pays the whole job: it covers it, or what is missing (exact) and a way to top up. */
export function BalanceCheck({ balanceTon, short }: { balanceTon: number; short: bigint }) {
  const t = useT();
  const f = useFormat();
  const balance = t('common.ton', { amount: f.ton(balanceTon) });
  if (short === 0n) {
    return (
      <p role="status" className="text-sm text-muted">
        {t('bulk.balance.covers', { balance })}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">
      {t('bulk.balance.short', { balance, shortfall: t('common.ton', { amount: f.ton(nanoToTon(short)) }) })}{' '}
      <Link to="/balance#top-up" className="font-medium underline underline-offset-2">
        {t('app.topUp')}
      </Link>
    </p>
  );
}
