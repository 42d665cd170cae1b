import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { sourceExampleOrder } from '../../contract/fixtures';
import { classifySearch, searchOrders } from './order-search';

afterEach(() => {
  vi.unstubAllGlobals();
});

const byRef = (answers: Record<string, unknown[]>) =>
  fakeApi({
    'GET /api/v1/orders/by-reference/': (call) => ({
      data: answers[decodeURIComponent(call.url.slice('/api/v1/orders/by-reference/'.length))] ?? [],
    }),
  });

describe('search by client reference', () => {
  it('looks a reference up exactly as typed, surrounding spaces included', async () => {
    const { calls } = byRef({ ' inv 7 ': [sourceExampleOrder] });
    const found = await searchOrders(classifySearch(' inv 7 '), new AbortController().signal);
    expect(found).toEqual([sourceExampleOrder]);
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/orders/by-reference/%20inv%207%20']);
  });

  it('tries the trimmed reference only when nothing matches it as typed', async () => {
    const { calls } = byRef({ 'inv 7': [sourceExampleOrder] });
    const found = await searchOrders(classifySearch('  inv 7 '), new AbortController().signal);
    expect(found).toEqual([sourceExampleOrder]);
    expect(calls.map((c) => c.url)).toEqual([
      '/api/v1/orders/by-reference/%20%20inv%207%20',
      '/api/v1/orders/by-reference/inv%207',
    ]);
  });

  it('sends slashes, question marks, hashes, percent signs and unicode inside the one path segment', async () => {
    const reference = 'a/b?c#d%e ünï 🧾';
    const { calls } = byRef({ [reference]: [sourceExampleOrder] });
    expect(await searchOrders(classifySearch(reference), new AbortController().signal)).toEqual([sourceExampleOrder]);
    expect(calls[0]?.url).toBe(`/api/v1/orders/by-reference/${encodeURIComponent(reference)}`);
    expect(calls[0]?.url.split('/')).toHaveLength(6);
  });
});
