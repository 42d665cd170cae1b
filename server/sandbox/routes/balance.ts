import { Hono } from 'hono';
import { nanoToTonNumber } from '../../../contract/money';
import { transactionListQuerySchema } from '../../../contract/query';
import { validate } from '../../lib/request-body';
import type { SandboxDeps, SandboxEnv } from '../deps';
import { ok } from '../http';

interface TxRow {
  id: number;
  type: string;
  amount_nano: bigint;
  balance_after_nano: bigint;
  order_id: number | null;
  tx_hash: string | null;
  created_at: string;
}

export function balanceRoutes(deps: SandboxDeps) {
  const app = new Hono<SandboxEnv>();
  app.get('/', (c) => {
    const row = deps.db
      .prepare<[number], { balance_nano: bigint; topup_address: string; updated_at: string }>(
        'SELECT balance_nano, topup_address, updated_at FROM partners WHERE id = ?',
      )
      .safeIntegers(true)
      .get(c.get('partner').id);
    if (!row) throw new Error('authenticated partner missing');
    return ok(c, {
      balance_ton: nanoToTonNumber(row.balance_nano),
      topup_address: row.topup_address,
      updated_at: row.updated_at,
    });
  });
  app.get('/transactions', (c) => {
    const query = validate(transactionListQuerySchema, c.req.query());
    const where = query.type ? 'partner_id = ? AND type = ?' : 'partner_id = ?';
    const params: (number | string)[] = query.type ? [c.get('partner').id, query.type] : [c.get('partner').id];
    const total =
      deps.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM balance_transactions WHERE ${where}`).get(...params)
        ?.n ?? 0;
    const rows = deps.db
      .prepare<unknown[], TxRow>(`SELECT * FROM balance_transactions WHERE ${where} ORDER BY id DESC LIMIT ? OFFSET ?`)
      .safeIntegers(true)
      .all(...params, query.limit, query.offset);
    const items = rows.map((r) => ({
      id: Number(r.id),
      type: r.type,
      amount_ton: nanoToTonNumber(r.amount_nano),
      balance_after_ton: nanoToTonNumber(r.balance_after_nano),
      order_id: r.order_id === null ? null : Number(r.order_id),
      tx_hash: r.tx_hash,
      created_at: r.created_at,
    }));
    return ok(c, { items, total: Number(total), limit: query.limit, offset: query.offset });
  });
  return app;
}
