import { nanoToTon, type Order, tonToNano } from '@contract';
import { CopyButton } from '@/components/ui/copy-button';
import { formatCountdown, useNow } from '@/lib/use-now';

/**
 * How to pay a pending order by hand: exact amount, address and memo, each copyable, and the time left.
 * Shown only while the order is `pending_payment` and not expired.
 */
export function PaymentInstructions({ order }: { order: Order }) {
  const now = useNow(1000);
  const left = Date.parse(order.expires_at) - now;
  const amount = nanoToTon(tonToNano(order.price_ton));
  if (left <= 0) {
    return (
      <p role="status" className="text-sm">
        The payment window has closed; this order can no longer be paid.
      </p>
    );
  }
  const rows: [string, string, string][] = [
    ['Amount', `${amount} TON`, amount],
    ['Address', order.payment_address, order.payment_address],
    ['Comment (memo)', order.payment_memo, order.payment_memo],
  ];
  return (
    <div className="space-y-3">
      <p className="text-sm" role="timer" aria-live="off">
        Pay within <strong className="font-mono tabular-nums">{formatCountdown(left)}</strong> — send exactly the amount below to
        the address, with the memo as the transfer's comment.
      </p>
      <dl className="grid grid-cols-1 gap-2 sm:grid-cols-[10rem_1fr_auto] sm:items-center">
        {rows.map(([label, shown, copy]) => (
          <div key={label} className="contents">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="break-all font-mono text-sm">{shown}</dd>
            <dd>
              <CopyButton value={copy} label={label.toLowerCase()} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
