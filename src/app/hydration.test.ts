import { dehydrate } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { orderQueries } from '@/api/orders';
import { sessionQueries } from '@/api/session';
import { parseListParams } from '@/features/orders/list-params';
import { createQueryClient } from '@/lib/query-client';
import { signedIn } from '@/test/workspace';
import { sourceExampleOrder } from '../../contract/fixtures';
import { hydrateFromDocument, STATE_ID } from './hydration';

const page = { items: [sourceExampleOrder], total: 1, limit: 20, offset: 0 };

function serverState(search: string, data: unknown = page) {
  const server = createQueryClient(() => {});
  server.setQueryData(sessionQueries.all(), signedIn());
  // An untyped key, so a test can also leave data the contract refuses.
  const key: readonly unknown[] = orderQueries.list(parseListParams(new URLSearchParams(search))).queryKey;
  server.setQueryData(key, data);
  return dehydrate(server);
}

function leaveBlock(text: string) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = STATE_ID;
  block.textContent = text;
  document.body.append(block);
}

afterEach(() => {
  document.getElementById(STATE_ID)?.remove();
});

describe('hydration from the server render', () => {
  it('hands the server’s list over under the key the browser’s page asks for, so nothing is fetched again', () => {
    leaveBlock(JSON.stringify(serverState('type=stars&size=50')));
    const browser = createQueryClient(() => {});
    expect(hydrateFromDocument(browser, document)).toBe(true);
    const params = parseListParams(new URLSearchParams('size=50&type=stars'));
    expect(browser.getQueryData(orderQueries.list(params).queryKey)).toEqual(page);
    expect(browser.getQueryData(sessionQueries.all())).toEqual(signedIn());
  });

  it('ignores a missing, garbled or tampered block and leaves the cache empty', () => {
    const browser = createQueryClient(() => {});
    expect(hydrateFromDocument(browser, document)).toBe(false);
    leaveBlock('{not json');
    expect(hydrateFromDocument(browser, document)).toBe(false);
    document.getElementById(STATE_ID)?.remove();
    leaveBlock(JSON.stringify(serverState('', { items: 'rows', total: -1 })));
    expect(hydrateFromDocument(browser, document)).toBe(false);
    document.getElementById(STATE_ID)?.remove();
    const foreign = serverState('');
    leaveBlock(JSON.stringify({ ...foreign, queries: [...foreign.queries, { ...foreign.queries[0], queryKey: ['balance'] }] }));
    expect(hydrateFromDocument(browser, document)).toBe(false);
    expect(browser.getQueryCache().getAll()).toEqual([]);
  });
});
