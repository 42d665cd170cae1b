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

/** A sentence for a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof NetworkError) return 'Could not reach the server. Check your connection and try again.';
  if (error instanceof ContractError) return 'The server sent data the dashboard did not expect.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}
