import { type ErrorCode, errorCodes } from '@contract';
import type { Translate } from './i18n/use-t';

/** The API refused: `{ok:false, error_code, error_message}` with its HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds to wait, from `Retry-After` (429 / 503), when the server said so. */
  readonly retryAfter: number | undefined;
  constructor(status: number, code: string, message: string, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

/** The request never got an answer (offline, DNS, connection reset, timeout). */
export class NetworkError extends Error {
  constructor(message = 'The network request failed') {
    super(message);
    this.name = 'NetworkError';
  }
}

/** The answer did not match the contract: the dashboard cannot trust it. */
export class ContractError extends Error {
  readonly path: string;
  readonly details: string;
  constructor(path: string, details: string) {
    super(`Unexpected data from ${path}`);
    this.name = 'ContractError';
    this.path = path;
    this.details = details;
  }
}

/** Worth retrying: the network, a 5xx or a 429 — never another 4xx. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && (error.status >= 500 || error.status === 429);
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/**
 * A sentence for a person, in their language, whatever was thrown: the API's error codes have their own
 * messages; a validation refusal keeps the API's detail (which field, which rule).
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === 'VALIDATION_ERROR') return t('common.error.VALIDATION_ERROR', { detail: error.message });
    if (isErrorCode(error.code)) return t(`common.error.${error.code}`);
    return error.message;
  }
  if (error instanceof NetworkError) return t('common.error.network');
  if (error instanceof ContractError) return t('common.error.contract');
  return t('common.error.unknown');
}

function isErrorCode(code: string): code is Exclude<ErrorCode, 'VALIDATION_ERROR'> {
  return (errorCodes as readonly string[]).includes(code) && code !== 'VALIDATION_ERROR';
}
