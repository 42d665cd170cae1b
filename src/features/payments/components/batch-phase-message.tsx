import { Link } from 'react-router';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { OutcomeError } from '../outcome-error';
import type { BatchPhase, BatchSkipReason, Skipped } from '../use-batch-payment';

const REASONS = {
  not_pending: 'payments.batch.skip.not_pending',
  expired: 'payments.batch.skip.expired',
  expiring: 'payments.batch.skip.expiring',
  not_ton_memo: 'payments.batch.skip.not_ton_memo',
  repeated: 'payments.batch.skip.repeated',
  already_sent: 'payments.batch.skip.already_sent',
} as const satisfies Record<BatchSkipReason, string>;

/** Where paying the selection stands: checking, which confirmation the wallet shows, and what was paid or left out. */
export function BatchPhaseMessage({ phase }: { phase: BatchPhase }) {
  const t = useT();
  const errorText = useErrorMessage();
  if (phase.kind === 'idle') return null;
  if (phase.kind === 'checking' || phase.kind === 'waiting') {
    return (
      <p role="status" className="text-sm text-muted">
        {phase.kind === 'checking'
          ? t('payments.batch.checking')
          : t('payments.batch.waiting', { batch: phase.batch, of: phase.of })}
      </p>
    );
  }
  const paid = t('payments.batch.paidBefore', { count: phase.paid.length });
  return (
    <div className="space-y-1 text-sm" data-testid="pay-selected-outcome">
      {phase.kind === 'done' ? (
        <p role="status" className={phase.paid.length > 0 ? 'text-ok' : 'text-warn'}>
          {t('payments.batch.done', { count: phase.paid.length })}
        </p>
      ) : (
        <p role="alert" className="rounded-md bg-bad-soft px-3 py-2 text-bad">
          {phase.kind === 'declined'
            ? t('payments.batch.declined', { paid })
            : t('payments.batch.failed', {
                reason:
                  phase.error instanceof OutcomeError
                    ? t(phase.error.messageId, { outcome: phase.error.outcome })
                    : errorText(phase.error),
                paid,
              })}
        </p>
      )}
      <SkippedList skipped={phase.skipped} />
    </div>
  );
}

function SkippedList({ skipped }: { skipped: Skipped }) {
  const t = useT();
  if (skipped.length === 0) return null;
  return (
    <div className="text-muted">
      <p>{t('payments.batch.skipped', { count: skipped.length })}</p>
      <ul className="list-inside list-disc">
        {skipped.map(({ orderId, reason }) => (
          <li key={`${orderId}-${reason}`}>
            <Link to={`/orders/${orderId}`} className="text-accent underline underline-offset-2">{`#${orderId}`}</Link>{' '}
            {t(REASONS[reason])}
          </li>
        ))}
      </ul>
    </div>
  );
}
