import type { SearchTarget } from '@/api/order-search';

/** How the search box's target is named in what it says ("No order matches …"). */
export function describeTarget(target: SearchTarget): string {
  if (target.kind === 'id') return `order id ${target.id}`;
  if (target.kind === 'memo') return `payment memo ${target.memo}`;
  return `client reference “${target.reference}”`;
}
