import { normalizeUsername, type RecipientCheck, usernamePattern } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { type Product, pricingQueries } from '@/api/pricing';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useDebouncedValue } from '@/lib/use-debounced-value';

const REASONS: Record<string, string> = {
  USER_NOT_FOUND: 'No Telegram user has this username.',
  ALREADY_PREMIUM: 'This user already has Telegram Premium.',
};

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

export function RecipientStatus({ state, error, product }: { state: RecipientState; error: unknown; product: Product }) {
  const errorText = useErrorMessage();
  if (state.kind === 'idle') return null;
  if (state.kind === 'checking') return <span className="text-slate-600 dark:text-slate-400">Checking recipient…</span>;
  if (state.kind === 'error') return <span>Could not check the recipient ({errorText(error)}); you can still submit.</span>;
  const { check } = state;
  if (check.can_receive) {
    return (
      <span className="text-emerald-700 dark:text-emerald-400">
        ✓ {check.display_name ?? `@${check.username}`} can receive {product === 'stars' ? 'Stars' : 'Premium'}.
      </span>
    );
  }
  return (
    <span role="alert" className="text-red-700 dark:text-red-400">
      ✗ @{check.username} cannot receive {product === 'stars' ? 'Stars' : 'Premium'}:{' '}
      {REASONS[check.reason ?? ''] ?? check.reason ?? 'unavailable'}
    </span>
  );
}
