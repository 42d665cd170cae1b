import { Button } from '@/components/ui/button';
import { Time } from '@/components/ui/time';

/** Asked before a second payment of the same order: the first may still be on its way. */
export function PayAgainConfirm({ sentTime, onPay, onCancel }: { sentTime: string; onPay: () => void; onCancel: () => void }) {
  return (
    <div
      role="alertdialog"
      aria-label="Pay again?"
      className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
    >
      <p>
        A payment for this order was already sent at <Time iso={sentTime} />. It may still be on its way — paying again can pay
        twice.
      </p>
      <div className="flex gap-2">
        <Button variant="danger" onClick={onPay}>
          Pay again anyway
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Don’t pay again
        </Button>
      </div>
    </div>
  );
}
