import type { AuditAction, AuditEntry } from '../../../contract/workspace';
import type { WorkspaceDb } from '../db/connect';
import type { AuditRow } from '../db/schema';

type StoredAudit = Omit<AuditRow, 'seq'> & { seq: number };

export type AuditDetail = Record<string, string | number | boolean | null>;
export interface AuditFilter {
  member_id?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

/**
 * The append-only audit log: this module only inserts and reads (the database's triggers refuse updates
 * and deletes from anyone). Each entry keeps the actor's name as it was, so it reads the same after they leave.
 */
export function auditStore(db: WorkspaceDb, now: () => number) {
  const filtered = (filter: AuditFilter) => {
    let query = db.selectFrom('audit_log');
    if (filter.member_id) query = query.where('member_id', '=', filter.member_id);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.from) query = query.where('at', '>=', Date.parse(filter.from));
    if (filter.to) query = query.where('at', '<', Date.parse(filter.to));
    return query;
  };
  return {
    async record(entry: {
      action: AuditAction;
      actor: { id: string; name: string } | null;
      address: string;
      detail?: AuditDetail;
    }): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          at: now(),
          member_id: entry.actor?.id ?? null,
          member_name: entry.actor?.name ?? null,
          action: entry.action,
          detail: JSON.stringify(entry.detail ?? {}),
          address: entry.address,
        })
        .execute();
    },
    async page(filter: AuditFilter, limit: number, offset: number): Promise<{ items: AuditEntry[]; total: number }> {
      const [rows, count] = await Promise.all([
        filtered(filter).selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
        filtered(filter)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toEntry), total: Number(count.n) };
    },
    /** Every matching entry, newest first, read in pages so a long history never sits in memory at once. */
    async *stream(filter: AuditFilter, pageSize = 1000): AsyncGenerator<AuditEntry> {
      let before = Number.MAX_SAFE_INTEGER;
      for (;;) {
        const rows = await filtered(filter)
          .selectAll()
          .where('seq', '<', before)
          .orderBy('seq', 'desc')
          .limit(pageSize)
          .execute();
        for (const row of rows) yield toEntry(row);
        const last = rows.at(-1);
        if (!last || rows.length < pageSize) return;
        before = last.seq;
      }
    },
  };
}
export type AuditStore = ReturnType<typeof auditStore>;

function toEntry(row: StoredAudit): AuditEntry {
  return {
    id: String(row.seq),
    at: new Date(row.at).toISOString(),
    member_id: row.member_id,
    member_name: row.member_name,
    action: row.action,
    detail: parseDetail(row.detail),
    address: row.address,
  };
}

function parseDetail(text: string): AuditDetail {
  const value: unknown = JSON.parse(text);
  const detail: AuditDetail = {};
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (item === null || ['string', 'number', 'boolean'].includes(typeof item)) detail[key] = item;
    }
  }
  return detail;
}
