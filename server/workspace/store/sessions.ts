import type { SessionInfo } from '../../../contract/workspace';
import { hashToken, newId, newToken } from '../crypto/tokens';
import type { WorkspaceDb } from '../db/connect';
import type { SessionRow } from '../db/schema';

export const IDLE_MS = 12 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often: a busy tab does not write on every request. */
const SEEN_GRANULARITY_MS = 60_000;

export interface SessionLifetimes {
  idleMs?: number;
  absoluteMs?: number;
}

/**
 * Sessions in the database: the browser holds a random token in an HttpOnly cookie, the table only its
 * SHA-256 (a copy of the database signs nobody in). One query finds the session, its member and the
 * workspace's sealed key together.
 */
export function sessionStore(db: WorkspaceDb, now: () => number, lifetimes: SessionLifetimes = {}) {
  const idleMs = lifetimes.idleMs ?? IDLE_MS;
  const absoluteMs = lifetimes.absoluteMs ?? ABSOLUTE_MS;
  return {
    async create(memberId: string, device: { userAgent: string; address: string }): Promise<string> {
      const token = newToken();
      const at = now();
      await db
        .insertInto('sessions')
        .values({
          id: newId(),
          token_hash: hashToken(token),
          member_id: memberId,
          created_at: at,
          last_seen_at: at,
          user_agent: device.userAgent.slice(0, 300),
          address: device.address.slice(0, 100),
        })
        .execute();
      return token;
    },
    /** The live session behind a cookie with its member and the workspace row, or undefined (and the stale row gone). */
    async resolve(token: string | undefined) {
      if (!token) return undefined;
      const row = await db
        .selectFrom('sessions')
        .innerJoin('members', 'members.id', 'sessions.member_id')
        .innerJoin('workspace', (join) => join.onTrue())
        .select([
          'sessions.id as session_id',
          'sessions.created_at',
          'sessions.last_seen_at',
          'members.id as member_id',
          'members.name',
          'members.email',
          'members.role',
          'members.totp_sealed',
          'workspace.key_sealed',
          'workspace.two_factor_required',
        ])
        .where('sessions.token_hash', '=', hashToken(token))
        .executeTakeFirst();
      if (!row) return undefined;
      const at = now();
      if (at - row.last_seen_at > idleMs || at - row.created_at > absoluteMs) {
        await db.deleteFrom('sessions').where('id', '=', row.session_id).execute();
        return undefined;
      }
      if (at - row.last_seen_at > SEEN_GRANULARITY_MS) {
        await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', row.session_id).execute();
      }
      return row;
    },
    async list(memberId: string, currentId?: string): Promise<SessionInfo[]> {
      const horizon = now();
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('member_id', '=', memberId)
        .where('last_seen_at', '>', horizon - idleMs)
        .where('created_at', '>', horizon - absoluteMs)
        .orderBy('last_seen_at', 'desc')
        .execute();
      return rows.map((row) => toInfo(row, row.id === currentId));
    },
    byId: (id: string) => db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst(),
    async end(id: string) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async endByToken(token: string | undefined) {
      if (token) await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
    },
    async endAllOf(memberId: string, except?: string) {
      let query = db.deleteFrom('sessions').where('member_id', '=', memberId);
      if (except) query = query.where('id', '!=', except);
      await query.execute();
    },
  };
}
export type SessionStore = ReturnType<typeof sessionStore>;
export type ResolvedSession = NonNullable<Awaited<ReturnType<SessionStore['resolve']>>>;

function toInfo(row: SessionRow, current: boolean): SessionInfo {
  return {
    id: row.id,
    member_id: row.member_id,
    current,
    user_agent: row.user_agent,
    address: row.address,
    created_at: new Date(row.created_at).toISOString(),
    last_seen_at: new Date(row.last_seen_at).toISOString(),
  };
}
