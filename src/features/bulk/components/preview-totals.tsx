import { nanoToTon } from '@contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { balanceQueries } from '@/api/balance';
import { Ton } from '@/components/ui/money';
import { RadioGroup } from '@/components/ui/radio-group';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { shortfall, type Totals } from '../preview';
import { BalanceCheck } from './balance-check';

export type PaymentChoice = 'balance' | 'ton_memo';

interface PreviewTotalsProps {
  count: number;
  sum: Totals;
  method: PaymentChoice;
  onMethod: (method: PaymentChoice) => void;
  /** What follows the totals (the start button), told whether the balance is short. */
  children: (short: boolean) => ReactNode;
}

/** The exact total of the rows to send (TON, fees, USD), how they are paid, and for the balance whether it covers them. */
export function PreviewTotals({ count, sum, method, onMethod, children }: PreviewTotalsProps) {
  const t = useT();
  const f = useFormat();
  const balance = useQuery({ ...balanceQueries.current(), enabled: method === 'balance' });
  const short = method === 'balance' && balance.data ? shortfall(sum.priceNano, balance.data.balance_ton) : 0n;
  return (
    <div className="space-y-4 rounded-lg border border-line bg-surface p-4">
      <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-1 text-sm" data-testid="bulk-totals">
        <dt className="text-muted">{t('bulk.totals.orders')}</dt>
        <dd className="font-medium">{f.integer(count)}</dd>
        <dt className="text-muted">{t('bulk.totals.total')}</dt>
        <dd className="flex flex-wrap items-baseline gap-x-2">
          <span className="text-lg font-semibold" data-testid="bulk-total-ton">
            <Ton value={nanoToTon(sum.priceNano)} />
          </span>
          <span className="text-muted">≈ {f.usd(Number(sum.usdMicros) / 1_000_000)}</span>
        </dd>
        <dt className="text-muted">{t('bulk.totals.fees')}</dt>
        <dd>
          <Ton value={nanoToTon(sum.feeNano)} />
        </dd>
        {sum.missing > 0 && <dd className="col-span-2 text-xs text-muted">{t('bulk.totals.pricing', { count: sum.missing })}</dd>}
      </dl>
      <RadioGroup
        legend={t('bulk.method.legend')}
        name="bulk-payment-method"
        value={method}
        onChange={onMethod}
        options={[
          { value: 'balance', label: t('bulk.method.balance') },
          { value: 'ton_memo', label: t('bulk.method.tonMemo') },
        ]}
      >
        <p className="w-full text-xs text-muted">
          {t(method === 'balance' ? 'bulk.method.balanceHint' : 'bulk.method.tonMemoHint')}
        </p>
      </RadioGroup>
      {method === 'balance' && balance.data && <BalanceCheck balanceTon={balance.data.balance_ton} short={short} />}
      {children(short > 0n)}
    </div>
  );
}
