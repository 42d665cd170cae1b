import { useT } from '@/lib/i18n/use-t';
import type { PaymentPhase } from '../use-payment-phase';

/** While paying: waiting for the wallet, declined there, or failed (being sent is said by the headline). */
export function PaymentPhaseMessage({ phase }: { phase: PaymentPhase }) {
  const t = useT();
  if (phase.kind === 'waiting') {
    return (
      <p role="status" className="text-sm text-muted">
        {t('payments.waitingWallet')}
      </p>
    );
  }
  if (phase.kind !== 'declined' && phase.kind !== 'error') return null;
  return (
    <p role="alert" className="rounded-md bg-bad-soft px-3 py-2 text-sm text-bad">
      {phase.kind === 'declined' ? t('payments.declined') : t('payments.failed', { reason: phase.message })}
    </p>
  );
}
