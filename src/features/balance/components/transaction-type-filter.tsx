import { type BalanceTransactionType, balanceTransactionTypes } from '@contract';
import { useT } from '@/lib/i18n/use-t';
import { transactionType } from '../list-params';

export function TransactionTypeFilter({
  value,
  onChange,
}: {
  value: BalanceTransactionType | undefined;
  onChange: (type: BalanceTransactionType | undefined) => void;
}) {
  const t = useT();
  return (
    <label className="flex items-center gap-2 text-sm">
      {t('balance.tx.filter')}
      <select
        className="rounded-md border border-line-strong bg-surface px-2 py-1 text-ink"
        value={value ?? ''}
        onChange={(e) => onChange(transactionType(e.target.value))}
      >
        <option value="">{t('balance.tx.filter.all')}</option>
        {balanceTransactionTypes.map((type) => (
          <option key={type} value={type}>
            {t(`balance.tx.filter.${type}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
