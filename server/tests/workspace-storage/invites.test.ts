import { expect, it } from 'vitest';
import { hashToken } from '../../workspace/crypto/tokens';
import { INVITE_LIFETIME_MS } from '../../workspace/store/invites';
import { manualClock, storageSuite } from './harness';

const OWNER = { id: 'owner-id', name: 'Olga Owner' };

storageSuite('invites', ({ open, peer }) => {
  async function invited(role: 'operator' | 'support' | 'viewer' = 'support') {
    const clock = manualClock();
    const workspace = await open({ now: clock.now });
    const { invite, token } = await workspace.invites.create(role, OWNER);
    return { clock, workspace, invite, token };
  }

  it('stores only the link token’s hash and finds the pending invitation by the token', async () => {
    const { clock, workspace, invite, token } = await invited('operator');
    expect(invite).toEqual({
      id: invite.id,
      role: 'operator',
      created_at: new Date(clock.now()).toISOString(),
      expires_at: new Date(clock.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
      created_by: 'Olga Owner',
    });
    const rows = await workspace.db.selectFrom('invites').selectAll().execute();
    expect(rows.map((row) => row.token_hash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await workspace.invites.byToken(token))?.id).toBe(invite.id);
    expect(await workspace.invites.byToken('not-a-token')).toBeUndefined();
  });

  it('is single use: of two concurrent uses exactly one wins', async () => {
    const { workspace, invite, token } = await invited();
    const results = await Promise.all([workspace.invites.use(invite.id), workspace.invites.use(invite.id)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await workspace.invites.byToken(token)).toBeUndefined();
    expect(await workspace.invites.use(invite.id)).toBe(false);
  });

  it('is single use across two instances on one database: many racing uses, one winner', async () => {
    const { workspace, invite } = await invited();
    const other = await peer(workspace);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? workspace : other).invites.use(invite.id)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('expires after 7 days: the last millisecond before still works, the expiry instant does not', async () => {
    const { clock, workspace, invite, token } = await invited();
    expect(INVITE_LIFETIME_MS).toBe(7 * 24 * 60 * 60 * 1000);
    clock.advance(INVITE_LIFETIME_MS - 1);
    expect((await workspace.invites.byToken(token))?.id).toBe(invite.id);
    clock.advance(1);
    expect(await workspace.invites.byToken(token)).toBeUndefined();
    expect(await workspace.invites.list()).toEqual([]);
    expect(await workspace.invites.use(invite.id)).toBe(false);
  });

  it('a revoked invitation cannot be used, and revoking twice (or a used one) says so', async () => {
    const { workspace, invite, token } = await invited();
    expect(await workspace.invites.revoke(invite.id)).toBe(true);
    expect(await workspace.invites.revoke(invite.id)).toBe(false);
    expect(await workspace.invites.byToken(token)).toBeUndefined();
    expect(await workspace.invites.use(invite.id)).toBe(false);
    const second = await workspace.invites.create('viewer', OWNER);
    expect(await workspace.invites.use(second.invite.id)).toBe(true);
    expect(await workspace.invites.revoke(second.invite.id)).toBe(false);
    expect(await workspace.invites.revoke('no-such-invite')).toBe(false);
  });

  it('lists only pending invitations, newest first', async () => {
    const { clock, workspace, invite } = await invited('viewer');
    clock.advance(1000);
    const used = await workspace.invites.create('operator', OWNER);
    clock.advance(1000);
    const revoked = await workspace.invites.create('support', OWNER);
    clock.advance(1000);
    const newest = await workspace.invites.create('operator', OWNER);
    await workspace.invites.use(used.invite.id);
    await workspace.invites.revoke(revoked.invite.id);
    expect((await workspace.invites.list()).map((pending) => [pending.id, pending.role])).toEqual([
      [newest.invite.id, 'operator'],
      [invite.id, 'viewer'],
    ]);
  });
});
