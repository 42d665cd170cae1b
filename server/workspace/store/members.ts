import type { Member, Role } from '../../../contract';
import { ROLES } from '../../../contract/roles';
import { newId } from '../crypto/tokens';
import type { WorkspaceDb } from '../db/connect';
import type { MemberRow } from '../db/schema';

export function toMember(row: MemberRow, lastSeen: number | null = null): Member {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: roleOf(row.role),
    two_factor: row.totp_sealed !== null,
    created_at: new Date(row.created_at).toISOString(),
    last_seen_at: lastSeen === null ? null : new Date(lastSeen).toISOString(),
  };
}

/** Emails compare without case or surrounding space, as the sign-in form sends them. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function roleOf(value: string): Role {
  const role = ROLES.find((known) => known === value);
  if (!role) throw new Error(`unknown role in the database: ${value}`);
  return role;
}

/** People in the workspace. Removing one deletes their sessions with them (foreign key cascade). */
export function memberStore(db: WorkspaceDb, now: () => number) {
  return {
    async create(input: { email: string; name: string; role: Role; passwordHash: string }): Promise<MemberRow> {
      const row: MemberRow = {
        id: newId(),
        email: normalEmail(input.email),
        name: input.name,
        role: input.role,
        password_hash: input.passwordHash,
        totp_sealed: null,
        totp_pending: null,
        totp_last_step: null,
        created_at: now(),
      };
      await db.insertInto('members').values(row).execute();
      return row;
    },
    byEmail: (email: string) => db.selectFrom('members').selectAll().where('email', '=', normalEmail(email)).executeTakeFirst(),
    byId: (id: string) => db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst(),
    async list(): Promise<Member[]> {
      const rows = await db
        .selectFrom('members')
        .leftJoin('sessions', 'sessions.member_id', 'members.id')
        .selectAll('members')
        .select((eb) => eb.fn.max('sessions.last_seen_at').as('last_seen'))
        .groupBy('members.id')
        .orderBy('members.created_at')
        .execute();
      return rows.map((row) => toMember(row, row.last_seen === null ? null : Number(row.last_seen)));
    },
    async owners(): Promise<number> {
      const row = await db
        .selectFrom('members')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('role', '=', 'owner')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async update(
      id: string,
      patch: Partial<Pick<MemberRow, 'role' | 'password_hash' | 'totp_sealed' | 'totp_pending' | 'name'>>,
    ) {
      await db.updateTable('members').set(patch).where('id', '=', id).execute();
    },
    /**
     * Records that this member used the two-factor code of time step `step`: true only if no code of this
     * step or a later one was used before (one compare-and-set, so two instances cannot both accept it).
     */
    async claimTotpStep(id: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('members')
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async remove(id: string) {
      await db.deleteFrom('sessions').where('member_id', '=', id).execute();
      await db.deleteFrom('members').where('id', '=', id).execute();
    },
  };
}
export type MemberStore = ReturnType<typeof memberStore>;
