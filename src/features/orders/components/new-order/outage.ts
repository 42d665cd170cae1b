import { ApiError, NetworkError } from '@/lib/api-errors';

/** The service cannot be reached (network, 5xx): one notice for the whole form, not one per lookup. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}
