import { useT } from '@/lib/i18n/use-t';
import type { PaymentPhase } from '../use-payment-phase';

export function TopUpStatus({ phase }: { phase: PaymentPhase }) {
  const t = useT();
  const text = {
    idle: '',
    waiting: t('payments.topUp.waiting'),
    sent: t('payments.topUp.sent'),
    declined: t('payments.topUp.declined'),
    error: phase.kind === 'error' ? t('payments.topUp.failed', { reason: phase.message }) : '',
  }[phase.kind];
  return (
    <p
      role="status"
      className={`text-sm ${phase.kind === 'error' || phase.kind === 'declined' ? 'text-bad' : ''}`}
      data-testid="topup-status"
    >
      {text}
    </p>
  );
}
