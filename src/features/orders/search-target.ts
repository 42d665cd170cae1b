import { classifySearch, type SearchTarget } from '@/api/order-search';
import type { Translate } from '@/lib/i18n/use-t';

/** A Telegram username as the API takes it: 5–32 of `[A-Za-z0-9_]`, starting with a letter. */
const USERNAME = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;

/**
 * The recipient a search is really asking for: `@pandus`, or a bare `pandus` that is not an order id or a
 * memo (those are recognised first). Such a search becomes the list's recipient filter. A reference with a
 * dash, a space or any other character (`inv-42`) stays a reference search, and so does anything in quotes.
 */
export function recipientOf(q: string | undefined): string | undefined {
  if (q === undefined || classifySearch(q).kind !== 'reference') return undefined;
  const name = q.trim().replace(/^@/, '');
  if (name.startsWith('"')) return undefined;
  return USERNAME.test(name) ? name : undefined;
}

/** How the search box's target is named in what it says ("No order matches …"). */
export function describeTarget(target: SearchTarget, t: Translate): string {
  if (target.kind === 'id') return t('orders.search.target.id', { id: String(target.id) });
  if (target.kind === 'memo') return t('orders.search.target.memo', { memo: target.memo });
  return t('orders.search.target.reference', { reference: target.reference });
}
