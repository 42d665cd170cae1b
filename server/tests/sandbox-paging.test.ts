import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balanceTransactionPageSchema } from '../../contract/balance';
import { orderPageSchema } from '../../contract/orders';
import { openDatabase } from '../sandbox/db';
import { pageCursors } from '../sandbox/page-cursors';
import { seededMemo, seedOrders } from '../sandbox/seed';
import { starsBody, startSandbox } from './sandbox-harness';

const NOW = Date.parse('2026-04-16T12:00:00Z');

function seeded(count: number) {
  const harness = startSandbox();
  const { deps, demoPartner } = harness.sandbox;
  seedOrders(deps.db, {
    partnerId: demoPartner.id,
    count,
    now: NOW,
    days: 10,
    paymentAddress: deps.paymentAddress,
    pricing: deps.pricing,
  });
  const ids = (sql: string, ...params: unknown[]) =>
    deps.db
      .prepare<unknown[], { id: number }>(sql)
      .all(...params)
      .map((row) => Number(row.id));
  return { ...harness, ids };
}

/** Every page of `path`, in order, `limit` rows at a time, as the export reads them. */
async function everyPage(call: ReturnType<typeof startSandbox>['call'], path: string, limit: number) {
  const seen: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const res = await call('GET', `${path}${path.includes('?') ? '&' : '?'}limit=${limit}&offset=${offset}`);
    const page = orderPageSchema.parse(res.json.data);
    seen.push(...page.items.map((o) => o.id));
    if (page.items.length < limit) return { seen, total: page.total };
  }
}

describe('sandbox paging', () => {
  it('sequential pages (which seek past the last id) hold exactly what OFFSET holds, for every filter', async () => {
    const { call, ids } = seeded(1_234);
    const all = ids('SELECT id FROM orders ORDER BY id DESC');
    expect((await everyPage(call, '/api/v1/orders', 100)).seen).toEqual(all);
    expect((await everyPage(call, '/api/v1/orders', 7)).seen).toEqual(all);
    const completed = ids("SELECT id FROM orders WHERE status = 'completed' ORDER BY id DESC");
    expect(await everyPage(call, '/api/v1/orders?status=completed', 100)).toEqual({ seen: completed, total: completed.length });
    // Not whole UTC days: the total is counted (once), not read from the daily roll-up.
    const from = '2026-04-10T17:00:00Z';
    const ranged = ids("SELECT id FROM orders WHERE created_at >= ? AND order_type = 'premium' ORDER BY id DESC", from);
    expect(ranged.length).toBeGreaterThan(0);
    expect(await everyPage(call, `/api/v1/orders?order_type=premium&created_from=${from}`, 100)).toEqual({
      seen: ranged,
      total: ranged.length,
    });
  });

  it('after any write, the next page is what OFFSET gives on the changed data (the API does not change)', async () => {
    const { call, ids } = seeded(500);
    const first = orderPageSchema.parse((await call('GET', '/api/v1/orders?limit=100&offset=0')).json.data);
    const created = await call('POST', '/api/v1/orders/stars', starsBody());
    expect(created.status).toBe(200);
    const second = orderPageSchema.parse((await call('GET', '/api/v1/orders?limit=100&offset=100')).json.data);
    const now = ids('SELECT id FROM orders ORDER BY id DESC');
    expect(second.items.map((o) => o.id)).toEqual(now.slice(100, 200));
    // The new order pushed every row down by one: page two starts with page one's last row again.
    expect(second.items[0]?.id).toBe(first.items.at(-1)?.id);
    expect(second.total).toBe(501);
  });

  it('balance transactions page the same way', async () => {
    const { call, ids } = seeded(800);
    const all = ids('SELECT id FROM balance_transactions ORDER BY id DESC');
    const seen: number[] = [];
    for (let offset = 0; offset < all.length + 100; offset += 100) {
      const page = balanceTransactionPageSchema.parse(
        (await call('GET', `/api/v1/balance/transactions?limit=100&offset=${offset}`)).json.data,
      );
      expect(page.total).toBe(all.length);
      seen.push(...page.items.map((t) => t.id));
    }
    expect(seen).toEqual(all);
  });
});

describe('page cursors', () => {
  it('continue a remembered page only, and forget everything once the database changes', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (x)');
    const listing = pageCursors();
    let counted = 0;
    const count = () => {
      counted += 1;
      return 42;
    };
    const a = listing(db, 'a');
    expect(a.total(count)).toBe(42);
    a.ended(0, 100, 900);
    const again = listing(db, 'a');
    expect(again.total(count)).toBe(42);
    expect(counted).toBe(1);
    expect([again.before(100), again.before(200), again.before(0), listing(db, 'b').before(100)]).toEqual([
      900,
      undefined,
      undefined,
      undefined,
    ]);
    db.prepare('INSERT INTO t VALUES (1)').run();
    const changed = listing(db, 'a');
    expect(changed.before(100)).toBeUndefined();
    changed.total(count);
    expect(counted).toBe(2);
  });

  it('notice a commit from another connection too', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'om-cursors-')), 'two.db');
    const one = openDatabase(file);
    const two = openDatabase(file);
    const listing = pageCursors();
    listing(one, 'k').ended(0, 10, 5);
    expect(listing(one, 'k').before(10)).toBe(5);
    two.exec('CREATE TABLE other (x)');
    expect(listing(one, 'k').before(10)).toBeUndefined();
  });
});

describe('seeding', () => {
  it('writes unique memos, keeps the daily roll-up in step and puts every index back', () => {
    const { sandbox } = startSandbox();
    const { db } = sandbox.deps;
    const indexes = () => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    const before = indexes();
    const cacheSize = db.pragma('cache_size', { simple: true });
    seedOrders(db, {
      partnerId: sandbox.demoPartner.id,
      count: 3_000,
      now: NOW,
      paymentAddress: sandbox.deps.paymentAddress,
      pricing: sandbox.deps.pricing,
    });
    expect(indexes()).toEqual(before);
    const memos = db.prepare<[], { m: string }>('SELECT payment_memo AS m FROM orders').all();
    expect(memos).toHaveLength(3_000);
    expect(memos.every(({ m }) => /^(STARS|PREM)-[0-9a-f]{12}$/.test(m))).toBe(true);
    const rollup = db.prepare<[], { n: number }>('SELECT sum(orders) AS n FROM daily_stats').get();
    expect(rollup?.n).toBe(3_000);
    expect(db.pragma('cache_size', { simple: true })).toBe(cacheSize);
  });

  it('scrambles ids into memos without ever repeating one', () => {
    const memos = new Set(Array.from({ length: 100_000 }, (_, i) => seededMemo('STARS', i + 1)));
    expect(memos.size).toBe(100_000);
    expect(seededMemo('PREM', 1)).toMatch(/^PREM-[0-9a-f]{12}$/);
  });
});
