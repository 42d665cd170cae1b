import type { Translate } from '@/lib/i18n/use-t';
import type { MessageId } from '@/locales/compiled/message-id';

/** The failure codes the service and the sandbox are known to send, each with its sentence. */
const REASONS = new Map<string, MessageId>([
  ['RECIPIENT_REJECTED', 'order.reason.RECIPIENT_REJECTED'],
  ['USER_NOT_FOUND', 'order.reason.USER_NOT_FOUND'],
  ['ALREADY_PREMIUM', 'order.reason.ALREADY_PREMIUM'],
  ['RECIPIENT_UNAVAILABLE', 'order.reason.RECIPIENT_UNAVAILABLE'],
]);

/** A failure code as a sentence in the partner's language; a code this dashboard does not know is shown as sent. */
export function failureReasonText(code: string, t: Translate): string {
  const id = REASONS.get(code);
  return id ? t(id) : code;
}
