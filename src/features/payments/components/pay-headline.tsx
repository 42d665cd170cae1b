import { Ton } from '@/components/ui/money';
import { useT } from '@/lib/i18n/use-t';
import { formatCountdown } from '@/lib/use-now';

/** The payment card's first line: the exact amount, and the time left — or, once sent, that the chain has it. */
export function PayHeadline({ price, left, sent }: { price: number; left: number; sent: boolean }) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <Ton value={price} className="font-mono text-2xl font-semibold" />
      {sent ? (
        <p role="status" className="text-sm font-medium text-info" data-testid="pay-status">
          {t('payments.sentWaiting')}
        </p>
      ) : (
        <p role="timer" aria-live="off" className="font-mono text-sm tabular-nums text-muted" data-testid="pay-countdown">
          {t('payments.timeLeft', { time: formatCountdown(left) })}
        </p>
      )}
    </div>
  );
}
