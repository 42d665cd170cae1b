import { useState } from 'react';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { OutcomeError } from './outcome-error';
import { isRejection } from './wallet/send';

export type PaymentPhase =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'sent' }
  | { kind: 'declined' }
  | { kind: 'error'; message: string };

/**
 * Where one payment attempt stands, for both payment panels: waiting for the wallet, sent, declined in
 * the wallet (TonConnect code 300), or failed with a message in the partner's language.
 */
export function usePaymentPhase() {
  const t = useT();
  const errorText = useErrorMessage();
  const [phase, setPhase] = useState<PaymentPhase>({ kind: 'idle' });
  const run = async (send: () => Promise<void>, onSent: () => void) => {
    setPhase({ kind: 'waiting' });
    try {
      await send();
      onSent();
      setPhase({ kind: 'sent' });
    } catch (error) {
      if (error instanceof OutcomeError) {
        setPhase({ kind: 'error', message: t(error.messageId, { outcome: error.outcome }) });
        return;
      }
      const declined = await isRejection(error).catch(() => false);
      setPhase(declined ? { kind: 'declined' } : { kind: 'error', message: errorText(error) });
    }
  };
  return { phase, setPhase, run, busy: phase.kind === 'waiting' };
}
