import type { OrderAuthors } from '../../../contract';
import type { WorkspaceDb } from '../db/connect';

/** Which member created an order through the dashboard (a replayed create keeps the first author). */
export function orderAuthorStore(db: WorkspaceDb, now: () => number) {
  return {
    async record(orderId: number, member: { id: string; name: string }): Promise<void> {
      await db
        .insertInto('order_authors')
        .values({ order_id: orderId, member_id: member.id, member_name: member.name, created_at: now() })
        .onConflict((conflict) => conflict.column('order_id').doNothing())
        .execute();
    },
    async of(orderIds: readonly number[]): Promise<OrderAuthors> {
      if (orderIds.length === 0) return {};
      const rows = await db.selectFrom('order_authors').selectAll().where('order_id', 'in', orderIds).execute();
      return Object.fromEntries(rows.map((row) => [String(row.order_id), { member_id: row.member_id, name: row.member_name }]));
    },
  };
}
