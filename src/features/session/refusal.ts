import { ApiError } from '@/lib/api-errors';

/** The refusal's error code, when the server refused (not for network or contract failures). */
export function refusalCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

/** Seconds the server asked to wait before another attempt (429 with Retry-After). */
export function waitSeconds(error: unknown): number | undefined {
  return error instanceof ApiError && error.code === 'RATE_LIMITED' ? error.retryAfter : undefined;
}
