import type { Balance } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { pricingQueries } from '@/api/pricing';
import { Ton } from '@/components/ui/money';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { usdCents } from '../money';
import { useThreshold } from '../threshold';
import { lowBalance } from '../use-low-balance';
import { LowBalanceNotice } from './low-balance-notice';
import { ThresholdField } from './threshold-field';

/** The balance in exact TON (USD beside it once the rate is known), and the low-balance alert with its threshold. */
export function BalanceCard({ balance }: { balance: Balance }) {
  const t = useT();
  const f = useFormat();
  const rate = useQuery(pricingQueries.tonUsd());
  const [threshold] = useThreshold();
  return (
    <div className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <h2 className="text-sm font-medium text-muted">{t('balance.card.label')}</h2>
      <p className="text-3xl font-semibold tracking-tight" data-testid="balance-ton">
        <Ton value={balance.balance_ton} />
      </p>
      {rate.data && (
        <p className="text-sm text-muted" data-testid="balance-usd">
          ≈ {f.usd(Number(usdCents(balance.balance_ton, rate.data.ton_usd)) / 100)}{' '}
          {t('balance.card.rate', { rate: f.usd(rate.data.ton_usd) })}
        </p>
      )}
      <p className="text-xs text-muted">
        {t('balance.card.updated')} <Time iso={balance.updated_at} />
      </p>
      <LowBalanceNotice low={threshold ? lowBalance(balance.balance_ton, threshold) : null} link={false} />
      <ThresholdField />
    </div>
  );
}
