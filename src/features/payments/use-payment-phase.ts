import { useState } from 'react';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { isRejection } from './wallet/send';

export type PaymentPhase =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'sent' }
  | { kind: 'declined' }
  | { kind: 'error'; message: string };

/**
 * Where one payment attempt stands, for both payment panels: waiting for the wallet, sent, declined in
 * the wallet (TonConnect code 300), or failed with a message.
 */
export function usePaymentPhase() {
  const errorText = useErrorMessage();
  const [phase, setPhase] = useState<PaymentPhase>({ kind: 'idle' });
  const run = async (send: () => Promise<void>, onSent: () => void) => {
    setPhase({ kind: 'waiting' });
    try {
      await send();
      onSent();
      setPhase({ kind: 'sent' });
    } catch (error) {
      const declined = await isRejection(error).catch(() => false);
      setPhase(declined ? { kind: 'declined' } : { kind: 'error', message: errorText(error) });
    }
  };
  return { phase, setPhase, run, busy: phase.kind === 'waiting' };
}
