import { nanoToTon } from '@contract';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';

/**
 * The one message when the balance cannot pay this order: how much is missing, and a way to top up.
 * The shortfall is exact (nanotons); when only the API knows (a 402), the plain reason is shown.
 */
export function BalanceShortNotice({ balanceTon, shortfall }: { balanceTon: number | undefined; shortfall: bigint | null }) {
  const t = useT();
  const f = useFormat();
  const ton = (value: number | string) => t('common.ton', { amount: f.ton(value) });
  return (
    <p role="alert" className="w-full rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">
      {balanceTon !== undefined && shortfall !== null
        ? t('newOrder.short', { balance: ton(balanceTon), shortfall: ton(nanoToTon(shortfall)) })
        : t('common.error.INSUFFICIENT_BALANCE')}{' '}
      <Link to="/balance#top-up" className="font-medium underline underline-offset-2">
        {t('app.topUp')}
      </Link>
    </p>
  );
}
