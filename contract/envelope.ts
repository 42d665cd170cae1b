import * as z from 'zod/mini';

/**
 * Every error code of the contract's table, plus the dashboard server's own: FORBIDDEN (CSRF refusal),
 * METHOD_NOT_ALLOWED, PAYLOAD_TOO_LARGE and MISDIRECTED_REQUEST (a Host it does not serve).
 */
export const errorCodes = [
  'VALIDATION_ERROR',
  'INVALID_JSON',
  'UNAUTHORIZED',
  'TWO_FACTOR_REQUIRED',
  'FORBIDDEN',
  'TWO_FACTOR_ENROLMENT_REQUIRED',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'MISDIRECTED_REQUEST',
  'INSUFFICIENT_BALANCE',
  'NOT_FOUND',
  'SETUP_REQUIRED',
  'WORKSPACE_EXISTS',
  'CONFLICT',
  'ORDER_NOT_CANCELLABLE',
  'IDEMPOTENCY_IN_PROGRESS',
  'IDEMPOTENCY_KEY_REUSED',
  'RECIPIENT_UNAVAILABLE',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorStatus: Record<ErrorCode, number> = {
  VALIDATION_ERROR: 400,
  INVALID_JSON: 400,
  UNAUTHORIZED: 401,
  TWO_FACTOR_REQUIRED: 401,
  FORBIDDEN: 403,
  TWO_FACTOR_ENROLMENT_REQUIRED: 403,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  MISDIRECTED_REQUEST: 421,
  INSUFFICIENT_BALANCE: 402,
  NOT_FOUND: 404,
  SETUP_REQUIRED: 409,
  WORKSPACE_EXISTS: 409,
  CONFLICT: 409,
  ORDER_NOT_CANCELLABLE: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  RECIPIENT_UNAVAILABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** Tolerant reading of `{ok:false, …}`: unknown codes are kept as plain strings. */
export const errorEnvelopeSchema = z.looseObject({
  ok: z.literal(false),
  error_code: z.string(),
  error_message: z.string(),
});

/** The outer `{ok:true, data}` shape; `data` is checked by the endpoint's own schema. */
export const okEnvelopeSchema = z.looseObject({
  ok: z.literal(true),
  data: z.unknown(),
});

export function okBody<T>(data: T) {
  return { ok: true as const, data };
}

export function errorBody(code: ErrorCode, message: string) {
  return { ok: false as const, error_code: code, error_message: message, data: null };
}

/** `{items, total, limit, offset}` pages used by every list route. */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    items: z.array(item),
    total: z.number(),
    limit: z.number(),
    offset: z.number(),
  });
}
