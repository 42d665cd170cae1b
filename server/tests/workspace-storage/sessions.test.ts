import { expect, it } from 'vitest';
import { hashToken } from '../../workspace/crypto/tokens';
import { ABSOLUTE_MS, IDLE_MS } from '../../workspace/store/sessions';
import { manualClock, OWNER, setUpWorkspace, storageSuite } from './harness';

const HOUR = 60 * 60 * 1000;
const device = { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', address: '198.51.100.23' };

storageSuite('sessions', ({ open }) => {
  async function signedIn() {
    const clock = manualClock();
    const workspace = await open({ now: clock.now });
    const ownerId = await setUpWorkspace(workspace);
    const token = await workspace.sessions.create(ownerId, device);
    return { clock, workspace, ownerId, token };
  }

  it('stores only the token’s hash: the raw token is nowhere in the table', async () => {
    const { workspace, token } = await signedIn();
    const rows = await workspace.db.selectFrom('sessions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(token).toMatch(/^[\w-]{43}$/);
  });

  it('resolves a token to its member, role and the workspace’s sealed key in one answer', async () => {
    const { workspace, ownerId, token } = await signedIn();
    const session = await workspace.sessions.resolve(token);
    expect(session).toMatchObject({ member_id: ownerId, name: OWNER.name, email: OWNER.email, role: 'owner', totp_sealed: null });
    expect(session?.key_sealed).toMatch(/^v1\./);
    expect(await workspace.sessions.resolve(undefined)).toBeUndefined();
    expect(await workspace.sessions.resolve(`${token}x`)).toBeUndefined();
  });

  it('ends after 12 idle hours (exactly 12 h is still alive) and removes the stale row', async () => {
    const { clock, workspace, token } = await signedIn();
    clock.advance(IDLE_MS);
    expect(await workspace.sessions.resolve(token)).toBeDefined();
    clock.advance(IDLE_MS + 1);
    expect(await workspace.sessions.resolve(token)).toBeUndefined();
    expect(await workspace.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('ends 7 days after sign-in however active it was', async () => {
    const { clock, workspace, token } = await signedIn();
    expect(IDLE_MS).toBe(12 * HOUR);
    expect(ABSOLUTE_MS).toBe(7 * 24 * HOUR);
    for (let elapsed = 0; elapsed + 11 * HOUR <= ABSOLUTE_MS; elapsed += 11 * HOUR) {
      clock.advance(11 * HOUR);
      expect(await workspace.sessions.resolve(token)).toBeDefined();
    }
    clock.advance(ABSOLUTE_MS - 15 * 11 * HOUR + 1); // 7 days and 1 ms after sign-in, last seen 3 h ago
    expect(await workspace.sessions.resolve(token)).toBeUndefined();
  });

  it('writes last seen at most once a minute', async () => {
    const { clock, workspace, ownerId, token } = await signedIn();
    const seen = async () => (await workspace.sessions.list(ownerId))[0]?.last_seen_at;
    const signedInAt = new Date(clock.now()).toISOString();
    clock.advance(59_000);
    await workspace.sessions.resolve(token);
    expect(await seen()).toBe(signedInAt);
    clock.advance(2_000);
    await workspace.sessions.resolve(token);
    expect(await seen()).toBe(new Date(clock.now()).toISOString());
  });

  it('lists a member’s live sessions, most recently seen first, marking the current one', async () => {
    const { clock, workspace, ownerId, token } = await signedIn();
    const other = await workspace.members.create({
      email: 'agent@example.com',
      name: 'Agent',
      role: 'support',
      passwordHash: 'h',
    });
    await workspace.sessions.create(other.id, device);
    clock.advance(HOUR);
    await workspace.sessions.create(ownerId, { userAgent: 'Phone', address: '203.0.113.9' });
    clock.advance(2 * 60_000);
    const current = await workspace.sessions.resolve(token);
    const listed = await workspace.sessions.list(ownerId, current?.session_id);
    expect(listed.map((session) => [session.user_agent, session.address, session.current])).toEqual([
      [device.userAgent, device.address, true],
      ['Phone', '203.0.113.9', false],
    ]);
    expect(listed.every((session) => session.member_id === ownerId)).toBe(true);
    clock.advance(IDLE_MS - 60_000); // the phone was last seen 12 h 1 min ago, this browser 11 h 59 min ago
    expect((await workspace.sessions.list(ownerId)).map((session) => session.user_agent)).toEqual([device.userAgent]);
  });

  it('ends one session by id or by token, or all of a member’s (optionally but one)', async () => {
    const { workspace, ownerId, token } = await signedIn();
    const second = await workspace.sessions.create(ownerId, device);
    const third = await workspace.sessions.create(ownerId, device);
    const agent = await workspace.members.create({
      email: 'agent@example.com',
      name: 'Agent',
      role: 'support',
      passwordHash: 'h',
    });
    const agentToken = await workspace.sessions.create(agent.id, device);
    const thirdId = (await workspace.sessions.resolve(third))?.session_id ?? '';
    await workspace.sessions.end(thirdId);
    expect(await workspace.sessions.byId(thirdId)).toBeUndefined();
    expect(await workspace.sessions.resolve(third)).toBeUndefined();
    await workspace.sessions.endByToken(second);
    expect(await workspace.sessions.resolve(second)).toBeUndefined();
    const fourth = await workspace.sessions.create(ownerId, device);
    const keep = (await workspace.sessions.resolve(token))?.session_id;
    await workspace.sessions.endAllOf(ownerId, keep);
    expect([await workspace.sessions.resolve(token), await workspace.sessions.resolve(fourth)].map(Boolean)).toEqual([
      true,
      false,
    ]);
    await workspace.sessions.endAllOf(ownerId);
    expect(await workspace.sessions.resolve(token)).toBeUndefined();
    expect((await workspace.sessions.resolve(agentToken))?.member_id).toBe(agent.id);
  });

  it('keeps what it stores of the device short', async () => {
    const { workspace, ownerId } = await signedIn();
    await workspace.sessions.create(ownerId, { userAgent: 'A'.repeat(1000), address: '1'.repeat(500) });
    const lengths = (await workspace.sessions.list(ownerId)).map((session) => [
      session.user_agent.length,
      session.address.length,
    ]);
    expect(lengths).toContainEqual([300, 100]);
  });
});
