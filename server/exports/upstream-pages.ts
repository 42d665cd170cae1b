import { errorEnvelopeSchema } from '../../contract/envelope';
import type { Upstream } from '../dashboard/upstream';
import { ExportFailure } from './export-failure';

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

type Attempt = { ok: true; body: string } | { ok: false; retry: boolean; retryAfter?: number; failure: ExportFailure };

async function attemptGet(reader: PageReader, path: string): Promise<Attempt> {
  let response: Response;
  let body: string;
  try {
    response = await reader.upstream(path, { headers: { Authorization: reader.authorization, Accept: 'application/json' } });
    body = await response.text();
  } catch {
    return { ok: false, retry: true, failure: new ExportFailure('SERVICE_UNAVAILABLE', 'the partner API could not be reached') };
  }
  // The answer is read here and parsed where its rows are written (`page-reading.ts`).
  if (response.ok) return { ok: true, body };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
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

/** GETs `path` from the upstream and reads its body, retrying what is worth retrying. */
export async function getText(reader: PageReader, path: string): Promise<string> {
  const attempts = reader.attempts ?? 6;
  for (let attempt = 1; ; attempt += 1) {
    reader.signal.throwIfAborted();
    const result = await attemptGet(reader, path);
    if (result.ok) return result.body;
    if (!result.retry || attempt >= attempts) throw result.failure;
    await wait((reader.delayMs ?? retryDelayMs)(attempt, result.retryAfter), reader.signal);
  }
}
