import type { PaymentPhase } from '../use-payment-phase';

const text: Record<PaymentPhase['kind'], string> = {
  idle: '',
  waiting: 'Waiting for your wallet — confirm the transfer there.',
  sent: 'Top-up sent. The balance updates when it arrives.',
  declined: 'You declined the transfer in your wallet. Nothing was sent.',
  error: '',
};

export function TopUpStatus({ phase }: { phase: PaymentPhase }) {
  return (
    <p role="status" className="text-sm" data-testid="topup-status">
      {phase.kind === 'error' ? `The top-up did not go through: ${phase.message}` : text[phase.kind]}
    </p>
  );
}
