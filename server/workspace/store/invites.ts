import type { Role } from '../../../contract';
import type { Invite } from '../../../contract/workspace';
import { hashToken, newId, newToken } from '../crypto/tokens';
import type { WorkspaceDb } from '../db/connect';
import type { InviteRow } from '../db/schema';
import { roleOf } from './members';

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Single-use invitation links: only the token's hash is stored; using one is a compare-and-set. */
export function inviteStore(db: WorkspaceDb, now: () => number) {
  const pending = () =>
    db
      .selectFrom('invites')
      .selectAll()
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now());
  return {
    async create(role: Role, by: { id: string; name: string }): Promise<{ invite: Invite; token: string }> {
      const token = newToken();
      const row: InviteRow = {
        id: newId(),
        token_hash: hashToken(token),
        role,
        created_by: by.id,
        created_by_name: by.name,
        created_at: now(),
        expires_at: now() + INVITE_LIFETIME_MS,
        used_at: null,
        revoked_at: null,
      };
      await db.insertInto('invites').values(row).execute();
      return { invite: toInvite(row), token };
    },
    async list(): Promise<Invite[]> {
      return (await pending().orderBy('created_at', 'desc').execute()).map(toInvite);
    },
    byToken: (token: string) => pending().where('token_hash', '=', hashToken(token)).executeTakeFirst(),
    /** Marks the invitation used; false when another request used it first (or it lapsed meanwhile). */
    async use(id: string): Promise<boolean> {
      const result = await db
        .updateTable('invites')
        .set({ used_at: now() })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async revoke(id: string): Promise<boolean> {
      const result = await db
        .updateTable('invites')
        .set({ revoked_at: now() })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type InviteStore = ReturnType<typeof inviteStore>;

export function toInvite(row: InviteRow): Invite {
  return {
    id: row.id,
    role: roleOf(row.role),
    created_at: new Date(row.created_at).toISOString(),
    expires_at: new Date(row.expires_at).toISOString(),
    created_by: row.created_by_name,
  };
}
