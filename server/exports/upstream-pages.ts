import type * as z from 'zod/mini';
import { type ErrorCode, errorEnvelopeSchema, okEnvelopeSchema } from '../../contract/envelope';
import type { Upstream } from '../dashboard/upstream';

/** Why an export cannot go on: one of the contract's codes and the words behind it. */
export class ExportFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ExportFailure';
    this.code = code;
  }
}

export interface PageReader {
  upstream: Upstream;
  /** `Bearer …`: the workspace's key, added on the server. */
  authorization: string;
  /** Aborts waits between retries (the export was cancelled). */
  signal: AbortSignal;
  /** Attempts per page before the export fails (429, 5xx and unanswered requests are retried). */
  attempts?: number;
  /** How long to wait before attempt `attempt + 1`; `retryAfter` is the upstream's `Retry-After`, in seconds. */
  delayMs?: (attempt: number, retryAfter: number | undefined) => number;
}

export interface Page<T> {
  items: readonly T[];
  total: number;
}

export const PAGE_SIZE = 100;
const MAX_WAIT_MS = 60_000;

/** Honours `Retry-After` (up to a minute); otherwise exponential back-off from 500 ms, capped at 8 s. */
export function retryDelayMs(attempt: number, retryAfter: number | undefined): number {
  if (retryAfter !== undefined) return Math.min(retryAfter * 1000, MAX_WAIT_MS);
  return Math.min(500 * 2 ** (attempt - 1), 8000);
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

type Attempt<T> = { ok: true; value: T } | { ok: false; retry: boolean; retryAfter?: number; failure: ExportFailure };

async function attemptGet<S extends z.ZodMiniType>(reader: PageReader, path: string, schema: S): Promise<Attempt<z.output<S>>> {
  let response: Response;
  try {
    response = await reader.upstream(path, { headers: { Authorization: reader.authorization, Accept: 'application/json' } });
  } catch {
    return { ok: false, retry: true, failure: new ExportFailure('SERVICE_UNAVAILABLE', 'the partner API could not be reached') };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const envelope = okEnvelopeSchema.safeParse(json);
    const data = envelope.success ? schema.safeParse(envelope.data.data) : undefined;
    if (data?.success) return { ok: true, value: data.data };
    return {
      ok: false,
      retry: false,
      failure: new ExportFailure('INTERNAL_ERROR', `unexpected data from the partner API for ${path}`),
    };
  }
  const refused = errorEnvelopeSchema.safeParse(json);
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  const retry = response.status === 429 || response.status >= 500;
  if (response.status === 401) {
    // As the proxy says it: the workspace's key was refused; the owner must replace it.
    return { ok: false, retry, failure: new ExportFailure('SERVICE_UNAVAILABLE', 'the partner API refused the workspace key') };
  }
  const code = refused.success && refused.data.error_code === 'VALIDATION_ERROR' ? 'VALIDATION_ERROR' : 'SERVICE_UNAVAILABLE';
  const words = refused.success ? refused.data.error_message : `HTTP ${response.status}`;
  return {
    ok: false,
    retry,
    retryAfter: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
    failure: new ExportFailure(code, `the partner API answered ${response.status}: ${words}`),
  };
}

/** GETs `path` from the upstream and parses its data with `schema`, retrying what is worth retrying. */
export async function getFromUpstream<S extends z.ZodMiniType>(
  reader: PageReader,
  path: string,
  schema: S,
): Promise<z.output<S>> {
  const attempts = reader.attempts ?? 6;
  for (let attempt = 1; ; attempt += 1) {
    reader.signal.throwIfAborted();
    const result = await attemptGet(reader, path, schema);
    if (result.ok) return result.value;
    if (!result.retry || attempt >= attempts) throw result.failure;
    await wait((reader.delayMs ?? retryDelayMs)(attempt, result.retryAfter), reader.signal);
  }
}

/**
 * Every page of an offset-paged list, in order, the next one asked for before this one is handed over (so
 * a remote upstream answers while the caller writes). Offset pages shift when orders arrive meanwhile: a row
 * the previous page already held is left out, so a row is never written twice.
 */
export async function* offsetPages<T extends { id: number }>(
  read: (offset: number) => Promise<Page<T>>,
  pageSize = PAGE_SIZE,
): AsyncGenerator<Page<T>> {
  let offset = 0;
  let next = read(0);
  let previous = new Set<number>();
  try {
    for (;;) {
      const page = await next;
      offset += pageSize;
      const more = page.items.length === pageSize && offset < page.total;
      if (more) next = read(offset);
      const fresh = page.items.filter((item) => !previous.has(item.id));
      previous = new Set(page.items.map((item) => item.id));
      yield { items: fresh, total: page.total };
      if (!more) return;
    }
  } finally {
    // Stopped early (cancelled, failed): the request already sent must not become an unhandled rejection.
    next.catch(() => undefined);
  }
}
