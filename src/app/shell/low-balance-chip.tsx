import { Link } from 'react-router';
import { useLowBalance } from '@/features/balance/use-low-balance';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';

/** In the header on every page while the balance is below the partner's alert level: the shortfall, and a way to top up. */
export function LowBalanceChip() {
  const t = useT();
  const f = useFormat();
  const low = useLowBalance();
  if (!low?.short) return null;
  const ton = (value: string) => t('common.ton', { amount: f.ton(value) });
  return (
    <Link
      to="/balance#top-up"
      title={t('app.lowBalance', { balance: ton(low.balanceTon), threshold: ton(low.thresholdTon) })}
      className="rounded-full border border-line bg-warn-soft px-2 py-0.5 text-xs font-medium text-warn hover:underline"
    >
      {t('app.lowBalanceChip', { shortfall: ton(low.shortfallTon) })}
    </Link>
  );
}
