import type { Balance } from '@contract';
import { RadioGroup } from '@/components/ui/radio-group';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { OrderFormValues } from '../../order-form';
import { BalanceShortNotice } from './balance-short-notice';

interface PaymentFieldProps {
  value: OrderFormValues['method'];
  onChange: (method: OrderFormValues['method']) => void;
  error: string | undefined;
  balance: Balance | undefined;
  ttlSeconds: number;
  /** Nanotons the balance lacks for this order, or null. */
  shortfall: bigint | null;
  /** The API refused the order for the balance (402), whatever the estimate said. */
  refused: boolean;
}

export function PaymentField({ value, onChange, error, balance, ttlSeconds, shortfall, refused }: PaymentFieldProps) {
  const t = useT();
  const f = useFormat();
  const options = [
    { value: 'ton_memo', label: t('newOrder.payment.tonMemo', { minutes: Math.round(ttlSeconds / 60) }) },
    {
      value: 'balance',
      label: balance
        ? t('newOrder.payment.balanceAvailable', { amount: t('common.ton', { amount: f.ton(balance.balance_ton) }) })
        : t('newOrder.payment.balance'),
    },
  ] as const;
  const short = value === 'balance' && (shortfall !== null || refused);
  return (
    <RadioGroup
      legend={t('newOrder.payment.legend')}
      name="method"
      className="space-y-2"
      options={options}
      value={value}
      onChange={onChange}
      error={error}
    >
      {short && <BalanceShortNotice balanceTon={balance?.balance_ton} shortfall={shortfall} />}
    </RadioGroup>
  );
}
