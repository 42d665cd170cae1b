import type { Order } from '@contract';
import { describe, expect, it } from 'vitest';
import { isLive, liveInterval } from '@/api/order-live';
import { classifySearch } from '@/api/order-search';
import { toApiQuery } from '@/api/orders';
import { sourceExampleOrder } from '../../../contract/fixtures';
import { fingerprintOf, intentFor } from './intent-key';
import { parseListParams, toSearch } from './list-params';

/** The docs' example order: created 12:00, payable until 12:15. */
const base: Order = sourceExampleOrder;

describe('search box', () => {
  it('recognises ids, memos and references', () => {
    expect(classifySearch(' 10421 ')).toEqual({ kind: 'id', id: 10421 });
    expect(classifySearch('#42')).toEqual({ kind: 'id', id: 42 });
    expect(classifySearch('stars-a1b2c3')).toEqual({ kind: 'memo', memo: 'STARS-a1b2c3' });
    expect(classifySearch('PREM-ff00')).toEqual({ kind: 'memo', memo: 'PREM-ff00' });
    expect(classifySearch('invoice-42')).toEqual({ kind: 'reference', reference: 'invoice-42' });
    expect(classifySearch('0')).toEqual({ kind: 'reference', reference: '0' });
    // Quotes make anything a reference, a username-like one included; the quotes are not part of it.
    expect(classifySearch('"invoice42"')).toEqual({ kind: 'reference', reference: 'invoice42' });
    expect(classifySearch('"')).toEqual({ kind: 'reference', reference: '"' });
  });
});

describe('idempotency intents', () => {
  it('keeps the key while the content is the same and renews it when it changes', () => {
    let n = 0;
    const newKey = () => `k${++n}`;
    const a = intentFor(null, fingerprintOf({ q: 100, r: 'x' }), newKey);
    const again = intentFor(a, fingerprintOf({ r: 'x', q: 100 }), newKey);
    expect(again.key).toBe('k1');
    expect(intentFor(a, fingerprintOf({ q: 101, r: 'x' }), newKey).key).toBe('k2');
  });
});

describe('orders list URL filters', () => {
  it('keeps valid filters, drops invalid ones, and maps them to the API query', () => {
    const params = parseListParams(new URLSearchParams('status=paid&type=gold&from=2026-04-01&to=nope&recipient=@bob&q=%20'));
    expect(params).toEqual({ page: 1, pageSize: 20, status: 'paid', from: '2026-04-01', recipient: 'bob' });
    expect(toSearch(params).toString()).toBe('status=paid&from=2026-04-01&recipient=bob');
    expect(toApiQuery(params)).toBe('limit=20&offset=0&status=paid&created_from=2026-04-01&recipient=bob');
  });
});

describe('live status', () => {
  it('polls while something moves and stops once everything settled or expired', () => {
    const now = Date.parse('2026-04-16T12:10:00Z');
    expect(isLive(base, now)).toBe(true);
    expect(isLive(base, Date.parse('2026-04-16T12:20:00Z'))).toBe(false);
    expect(isLive({ ...base, status: 'processing' }, Date.parse('2030-01-01'))).toBe(true);
    expect(
      liveInterval([
        { ...base, status: 'completed' },
        { ...base, status: 'expired' },
      ]),
    ).toBe(false);
    expect(liveInterval(undefined)).toBe(false);
  });
});
