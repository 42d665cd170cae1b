import { byReferencePath as apiByReferencePath, type Order, orderListSchema, orderSchema } from '@contract';
import { ApiError } from '@/lib/api-errors';
import { apiFetch } from '@/lib/api-fetch';
import type { Transport } from '@/lib/api-transport';

/** What the one search box recognises in what was typed. */
export type SearchTarget = { kind: 'id'; id: number } | { kind: 'memo'; memo: string } | { kind: 'reference'; reference: string };

const MEMO = /^(STARS|PREM)-[A-Za-z0-9]+$/i;

/** Ids and memos are read leniently (spaces, `#`, any case); a reference is kept exactly as typed. */
export function classifySearch(raw: string): SearchTarget {
  const value = raw.trim().replace(/^#/, '');
  if (/^\d{1,15}$/.test(value) && Number(value) > 0) return { kind: 'id', id: Number(value) };
  if (MEMO.test(value)) {
    const [prefix = '', rest = ''] = value.split('-');
    return { kind: 'memo', memo: `${prefix.toUpperCase()}-${rest}` };
  }
  // "…" in quotes is always a client reference, even one that looks like a username (`"invoice42"`).
  const quoted = /^"(.+)"$/.exec(raw.trim());
  return { kind: 'reference', reference: quoted?.[1] ?? raw };
}

async function orNothing(request: Promise<Order>): Promise<Order[]> {
  try {
    return [await request];
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return [];
    throw error;
  }
}

/** The by-reference route for this reference, on the dashboard's same-origin API (see the contract's `byReferencePath`). */
export function byReferencePath(reference: string): string {
  return `/api/v1${apiByReferencePath(reference)}`;
}

/**
 * Every order with this reference exactly as given; only when none has it, those with the reference trimmed
 * (a pasted reference often brings a stray space, but a partner's own reference may really have one).
 */
export async function ordersByReference(reference: string, init: { signal?: AbortSignal; fetch?: Transport }): Promise<Order[]> {
  const exact = await apiFetch(byReferencePath(reference), orderListSchema, init);
  const trimmed = reference.trim();
  if (exact.length > 0 || trimmed === reference || trimmed === '') return exact;
  return apiFetch(byReferencePath(trimmed), orderListSchema, init);
}

/**
 * Runs the search box: an id is looked up as an id and as a reference (partners use numeric invoice
 * numbers too); a memo by memo, falling back to reference; anything else by reference (all matches).
 */
export async function searchOrders(target: SearchTarget, signal: AbortSignal, via?: Transport): Promise<Order[]> {
  const init = { signal, fetch: via };
  if (target.kind === 'id') {
    const [byId, byRef] = await Promise.all([
      orNothing(apiFetch(`/api/v1/orders/${target.id}`, orderSchema, init)),
      ordersByReference(String(target.id), init),
    ]);
    return [...byId, ...byRef.filter((o) => o.id !== target.id)];
  }
  if (target.kind === 'memo') {
    const found = await orNothing(apiFetch(`/api/v1/orders/by-memo/${encodeURIComponent(target.memo)}`, orderSchema, init));
    return found.length > 0 ? found : ordersByReference(target.memo, init);
  }
  return ordersByReference(target.reference, init);
}
