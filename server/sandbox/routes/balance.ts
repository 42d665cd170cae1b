import { Hono } from 'hono';
import { nanoToTonNumber } from '../../../contract/money';
import { transactionListQuerySchema } from '../../../contract/query';
import { validate } from '../../lib/request-body';
import type { SandboxDeps, SandboxEnv } from '../deps';
import { ok } from '../http';
import { balanceAccount, listTransactions, type TransactionRow } from '../ledger';

function toApiTransaction(r: TransactionRow) {
  return {
    id: Number(r.id),
    type: r.type,
    amount_ton: nanoToTonNumber(r.amount_nano),
    balance_after_ton: nanoToTonNumber(r.balance_after_nano),
    order_id: r.order_id === null ? null : Number(r.order_id),
    tx_hash: r.tx_hash,
    created_at: r.created_at,
  };
}

export function balanceRoutes(deps: SandboxDeps) {
  const app = new Hono<SandboxEnv>();
  app.get('/', (c) => {
    const row = balanceAccount(deps.db, c.get('partner').id);
    return ok(c, {
      balance_ton: nanoToTonNumber(row.balance_nano),
      topup_address: row.topup_address,
      updated_at: row.updated_at,
    });
  });
  app.get('/transactions', (c) => {
    const query = validate(transactionListQuerySchema, c.req.query());
    const { items, total } = listTransactions(deps.db, c.get('partner').id, query);
    return ok(c, { items: items.map(toApiTransaction), total, limit: query.limit, offset: query.offset });
  });
  return app;
}
