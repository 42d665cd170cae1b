import { nanoToTon, type Order, tonToNano } from '@contract';
import { CopyButton } from '@/components/ui/copy-button';
import { useT } from '@/lib/i18n/use-t';

/**
 * How to pay a pending order by hand: the exact amount, the address and the memo, each with its copy
 * button right after the value. Shown only inside the payment card of a payable order.
 */
export function PaymentInstructions({ order }: { order: Order }) {
  const t = useT();
  const amount = nanoToTon(tonToNano(order.price_ton));
  const rows: { label: string; shown: string; copy: string; testId: string }[] = [
    { label: t('order.pay.amount'), shown: t('common.ton', { amount }), copy: amount, testId: 'pay-amount' },
    { label: t('order.pay.address'), shown: order.payment_address, copy: order.payment_address, testId: 'pay-address' },
    { label: t('order.pay.memo'), shown: order.payment_memo, copy: order.payment_memo, testId: 'pay-memo' },
  ];
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">{t('order.pay.hint')}</p>
      <dl className="divide-y divide-line rounded-lg border border-line bg-subtle/50">
        {rows.map(({ label, shown, copy, testId }) => (
          <div key={testId} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-center sm:gap-4">
            <dt className="text-xs text-muted sm:w-32 sm:shrink-0 sm:text-sm">{label}</dt>
            <dd className="flex min-w-0 items-center gap-2">
              <span className="min-w-0 break-all font-mono text-sm" data-testid={testId}>
                {shown}
              </span>
              <CopyButton value={copy} label={label.toLocaleLowerCase()} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
