import type { PaymentPhase } from '../use-payment-phase';

const progress: Record<string, string> = {
  pending_payment: 'Payment sent — waiting for it to arrive on chain…',
  paid: 'Payment received. The order is paid and queued for delivery.',
  processing: 'Payment received. Delivering to the recipient…',
  completed: 'Paid and delivered.',
  failed: 'Paid, but delivery failed; the amount is refunded to your balance.',
  refunded: 'Paid, but delivery failed; the amount was refunded to your balance.',
  expired: 'The order expired before a matching payment arrived.',
};

/** After a payment was sent from this browser: what became of the order since. */
export function SentPaymentStatus({ status }: { status: string }) {
  return (
    <p role="status" className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900">
      {progress[status] ?? `Payment sent; the order is now ${status.replace(/_/g, ' ')}.`}
    </p>
  );
}

function phaseText(phase: PaymentPhase, sentEarlier: boolean): string | null {
  if (phase.kind === 'waiting') return 'Waiting for your wallet — confirm the payment there.';
  if (phase.kind === 'declined') return 'You declined the payment in your wallet. Nothing was sent; you can pay again.';
  if (phase.kind === 'error') return `The payment did not go through: ${phase.message}`;
  return phase.kind === 'sent' || sentEarlier ? (progress.pending_payment ?? null) : null;
}

export function PaymentPhaseMessage({ phase, sentEarlier }: { phase: PaymentPhase; sentEarlier: boolean }) {
  const text = phaseText(phase, sentEarlier);
  if (!text) return null;
  return (
    <p
      role={phase.kind === 'error' || phase.kind === 'declined' ? 'alert' : 'status'}
      className="text-sm"
      data-testid="pay-status"
    >
      {text}
    </p>
  );
}
