import { Link } from 'react-router';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { LowBalance } from '../use-low-balance';

/**
 * "Balance 3.2 TON is 1.8 TON below your alert level of 5 TON." with a link to the top-up card — nothing while
 * the balance is above the threshold. `link` is off on the balance page itself.
 */
export function LowBalanceNotice({ low, link = true }: { low: LowBalance | null; link?: boolean }) {
  const t = useT();
  const f = useFormat();
  if (!low?.short) return null;
  const ton = (value: string) => t('common.ton', { amount: f.ton(value) });
  return (
    <p role="alert" className="rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">
      {t('balance.low', { balance: ton(low.balanceTon), shortfall: ton(low.shortfallTon), threshold: ton(low.thresholdTon) })}
      {link && (
        <>
          {' '}
          <Link to="/balance#top-up" className="font-medium underline underline-offset-2">
            {t('app.topUp')}
          </Link>
        </>
      )}
    </p>
  );
}
