/**
 * Deterministic recipients: every well-formed username can receive, except the reserved prefixes
 * `nouser_` (no such user), `premium_` (already has Premium, cannot receive Premium) and `fail_`
 * (accepted, but fulfilment fails and the order is refunded), `hold_` (accepted and paid, but delivery stays
 * in `processing`, as when Telegram is slow: lets a partner see and test the "paid — delivering" state).
 */
export type Product = 'stars' | 'premium';

export interface RecipientVerdict {
  username: string;
  can_receive: boolean;
  display_name: string | null;
  reason: string | null;
}

export function checkRecipient(username: string, product: Product): RecipientVerdict {
  const lower = username.toLowerCase();
  if (lower.startsWith('nouser_')) {
    return { username, can_receive: false, display_name: null, reason: 'USER_NOT_FOUND' };
  }
  const display_name = displayName(username);
  if (product === 'premium' && lower.startsWith('premium_')) {
    return { username, can_receive: false, display_name, reason: 'ALREADY_PREMIUM' };
  }
  return { username, can_receive: true, display_name, reason: null };
}

export function failsInFulfilment(username: string): boolean {
  return username.toLowerCase().startsWith('fail_');
}

export function holdsInFulfilment(username: string): boolean {
  return username.toLowerCase().startsWith('hold_');
}

function displayName(username: string): string {
  return username
    .split('_')
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

export const recipientReasonText: Record<string, string> = {
  USER_NOT_FOUND: 'no Telegram user has this username',
  ALREADY_PREMIUM: 'this user already has Telegram Premium',
};
