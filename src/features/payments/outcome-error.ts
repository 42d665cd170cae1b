import type { MessageId } from '@/locales/compiled/message-id';

/** The simulated chain took the transfer but did not do what was meant (`amount_too_low`, …). */
export class OutcomeError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly outcome: string,
  ) {
    super(`simulated transfer outcome: ${outcome}`);
    this.name = 'OutcomeError';
  }
}
