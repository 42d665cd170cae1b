/** What the one search box recognises in what was typed. */
export type SearchTarget = { kind: 'id'; id: number } | { kind: 'memo'; memo: string } | { kind: 'reference'; reference: string };

const MEMO = /^(STARS|PREM)-[A-Za-z0-9]+$/i;

export function classifySearch(raw: string): SearchTarget {
  const value = raw.trim().replace(/^#/, '');
  if (/^\d{1,15}$/.test(value) && Number(value) > 0) return { kind: 'id', id: Number(value) };
  if (MEMO.test(value)) {
    const [prefix = '', rest = ''] = value.split('-');
    return { kind: 'memo', memo: `${prefix.toUpperCase()}-${rest}` };
  }
  return { kind: 'reference', reference: raw.trim() };
}

export function describeTarget(target: SearchTarget): string {
  if (target.kind === 'id') return `order id ${target.id}`;
  if (target.kind === 'memo') return `payment memo ${target.memo}`;
  return `client reference “${target.reference}”`;
}
