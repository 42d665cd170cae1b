import { type ErrorCode, errorEnvelopeSchema } from '../../contract/envelope';
import type { Row } from '../../contract/export-cells';
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

/**
 * One upstream answer, parsed: its rows as plain objects (the CSV's cells check each field they write against
 * the contract, `contract/export-cells.ts`), their ids and the total — all paging needs.
 */
export interface RawPage {
  items: Row[];
  ids: number[];
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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function rowsOf(value: unknown): { items: Row[]; ids: number[] } | undefined {
  if (!Array.isArray(value)) return undefined;
  const items: Row[] = [];
  const ids: number[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.id !== 'number') return undefined;
    items.push(item);
    ids.push(item.id);
  }
  return { items, ids };
}

/** The rows and total of an answer's `data`: a page (`{items, total}`) or a plain list of orders. */
function shapeOf(data: unknown): RawPage | undefined {
  const list = rowsOf(data);
  if (list) return { ...list, total: list.ids.length };
  if (!isRecord(data) || typeof data.total !== 'number') return undefined;
  const page = rowsOf(data.items);
  return page && { ...page, total: data.total };
}

type Attempt = { ok: true; page: RawPage } | { ok: false; retry: boolean; retryAfter?: number; failure: ExportFailure };

async function attemptGet(reader: PageReader, path: string): Promise<Attempt> {
  let response: Response;
  let body: string;
  try {
    response = await reader.upstream(path, { headers: { Authorization: reader.authorization, Accept: 'application/json' } });
    body = await response.text();
  } catch {
    return { ok: false, retry: true, failure: new ExportFailure('SERVICE_UNAVAILABLE', 'the partner API could not be reached') };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  if (response.ok) {
    const page = isRecord(json) && json.ok === true ? shapeOf(json.data) : undefined;
    if (page) return { ok: true, page };
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

/** GETs `path` from the upstream (a page or a list), retrying what is worth retrying. */
export async function getFromUpstream(reader: PageReader, path: string): Promise<RawPage> {
  const attempts = reader.attempts ?? 6;
  for (let attempt = 1; ; attempt += 1) {
    reader.signal.throwIfAborted();
    const result = await attemptGet(reader, path);
    if (result.ok) return result.page;
    if (!result.retry || attempt >= attempts) throw result.failure;
    await wait((reader.delayMs ?? retryDelayMs)(attempt, result.retryAfter), reader.signal);
  }
}

/** A page to write: the answer, and the ids of rows the previous page already held (to leave out). */
export interface ExportPage extends RawPage {
  skip: number[];
}

/**
 * Every page of an offset-paged list, in order, the next one asked for before this one is handed over (so
 * the upstream answers while the caller writes). Offset pages shift when orders arrive meanwhile: a row the
 * previous page already held is marked to be left out, so a row is never written twice.
 */
export async function* offsetPages(read: (offset: number) => Promise<RawPage>, pageSize = PAGE_SIZE): AsyncGenerator<ExportPage> {
  let offset = 0;
  let next = read(0);
  let previous = new Set<number>();
  try {
    for (;;) {
      const page = await next;
      offset += pageSize;
      const more = page.ids.length === pageSize && offset < page.total;
      if (more) next = read(offset);
      const skip = page.ids.filter((id) => previous.has(id));
      previous = new Set(page.ids);
      yield { ...page, skip };
      if (!more) return;
    }
  } finally {
    // Stopped early (cancelled, failed): the request already sent must not become an unhandled rejection.
    next.catch(() => undefined);
  }
}
