import { normalizeUsername, type RecipientCheck, usernamePattern } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { type Product, pricingQueries } from '@/api/pricing';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { useDebouncedValue } from '@/lib/use-debounced-value';

const KNOWN_REASONS = ['USER_NOT_FOUND', 'ALREADY_PREMIUM'] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];
function isKnownReason(reason: string | null | undefined): reason is KnownReason {
  return (KNOWN_REASONS as readonly (string | null | undefined)[]).includes(reason);
}

export type RecipientState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'error' }
  | { kind: 'checked'; check: RecipientCheck };

/** Checks the recipient once typing pauses; the latest answer only counts for the username it was asked about. */
export function useRecipientCheck(product: Product, username: string): { state: RecipientState; error: unknown } {
  const normalized = normalizeUsername(username);
  const debounced = useDebouncedValue(normalized, 400);
  const wellFormed = usernamePattern.test(debounced);
  const query = useQuery({ ...pricingQueries.recipient(product, debounced), enabled: wellFormed });
  if (!usernamePattern.test(normalized)) return { state: { kind: 'idle' }, error: null };
  if (debounced !== normalized || query.isPending) return { state: { kind: 'checking' }, error: null };
  if (query.isError) return { state: { kind: 'error' }, error: query.error };
  return { state: { kind: 'checked', check: query.data }, error: null };
}

interface RecipientStatusProps {
  state: RecipientState;
  error: unknown;
  product: Product;
  /** The service is unreachable and the form already says so once: no second message here. */
  outage: boolean;
}

export function RecipientStatus({ state, error, product, outage }: RecipientStatusProps) {
  const t = useT();
  const errorText = useErrorMessage();
  const productName = t(product === 'stars' ? 'common.type.stars' : 'common.type.premium');
  if (state.kind === 'idle' || (state.kind === 'error' && outage)) return null;
  if (state.kind === 'checking') return <span className="text-muted">{t('newOrder.recipient.checking')}</span>;
  if (state.kind === 'error') return <span>{t('newOrder.recipient.checkFailed', { reason: errorText(error) })}</span>;
  const { check } = state;
  if (check.can_receive) {
    return (
      <span className="text-ok">
        {t('newOrder.recipient.ok', { name: check.display_name ?? `@${check.username}`, product: productName })}
      </span>
    );
  }
  const reason = isKnownReason(check.reason)
    ? t(`newOrder.recipient.reason.${check.reason}`)
    : (check.reason ?? t('newOrder.recipient.reason.unknown'));
  return (
    <span role="alert" className="text-bad">
      {t('newOrder.recipient.cannot', { username: check.username, product: productName, reason })}
    </span>
  );
}
