import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, ContractError, errorMessage, isRetryable, isUnauthorized } from './api-errors';
import { isDev } from './env';
import { showToast } from './toast-store';

export const MAX_RETRIES = 3;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error);
}

/** Honours `Retry-After`; otherwise exponential back-off from 500 ms, capped at 8 s. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfter !== undefined) return error.retryAfter * 1000;
  return Math.min(500 * 2 ** failureCount, 8000);
}

/**
 * Central reactions to errors: a 401 anywhere signs the browser out (the session guard then shows the
 * sign-in page) — except from a mutation marked `meta: { credentialCheck: true }`, where a 401 means the
 * password or code just typed was wrong, not that the session ended; a failed background refetch of
 * data already on screen is a toast, not a blank page.
 */
export function createQueryClient(onUnauthorized: () => void): QueryClient {
  const react = (error: unknown, hadData: boolean) => {
    if (isUnauthorized(error)) onUnauthorized();
    else if (hadData) {
      showToast(`refresh:${String(error)}`, (t) => t('common.error.refresh', { reason: errorMessage(error, t) }));
    }
    if (error instanceof ContractError && isDev) console.warn(error.path, error.details);
  };
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => react(error, query.state.data !== undefined && query.meta?.silent !== true),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (!(mutation.meta?.credentialCheck === true && isUnauthorized(error))) react(error, false);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 10_000, refetchOnWindowFocus: true },
      mutations: { retry: shouldRetry, retryDelay },
    },
  });
}
