import { expect, it } from 'vitest';
import { manualClock, storageSuite } from './harness';

const person = (email: string, role: 'owner' | 'operator' | 'support' | 'viewer' = 'support') => ({
  email,
  name: `${role} person`,
  role,
  passwordHash: 'argon2-hash',
});

storageSuite('members', ({ open }) => {
  it('stores the email trimmed and in lower case, and finds it however it is typed', async () => {
    const workspace = await open();
    const created = await workspace.members.create(person('  Ana.Agent@Example.COM '));
    expect(created.email).toBe('ana.agent@example.com');
    expect((await workspace.members.byEmail('ANA.agent@example.com  '))?.id).toBe(created.id);
    expect((await workspace.members.byId(created.id))?.email).toBe('ana.agent@example.com');
    expect(await workspace.members.byEmail('someone.else@example.com')).toBeUndefined();
  });

  it('refuses a second member with the same email, whatever its case', async () => {
    const workspace = await open();
    await workspace.members.create(person('twin@example.com'));
    await expect(workspace.members.create(person('TWIN@example.com ', 'viewer'))).rejects.toThrow(/unique|UNIQUE/);
    expect(await workspace.members.list()).toHaveLength(1);
  });

  it('lists members oldest first with the last time any of their sessions was seen', async () => {
    const clock = manualClock();
    const workspace = await open({ now: clock.now });
    await workspace.setUp({ email: 'owner@example.com', name: 'Owner', passwordHash: 'h' }, 'osk_key_0001');
    clock.advance(1000);
    const agent = await workspace.members.create(person('agent@example.com'));
    clock.advance(1000);
    await workspace.sessions.create(agent.id, { userAgent: 'Firefox', address: '192.0.2.1' });
    clock.advance(5 * 60_000);
    await workspace.sessions.create(agent.id, { userAgent: 'Chrome', address: '192.0.2.2' });
    const listed = await workspace.members.list();
    expect(listed.map((member) => [member.email, member.role, member.last_seen_at])).toEqual([
      ['owner@example.com', 'owner', null],
      ['agent@example.com', 'support', new Date(clock.now()).toISOString()],
    ]);
    expect(listed[1]).toMatchObject({
      name: 'support person',
      two_factor: false,
      created_at: new Date(clock.now() - 301_000).toISOString(),
    });
  });

  it('counts owners and changes a role or a name', async () => {
    const workspace = await open();
    expect(await workspace.members.owners()).toBe(0);
    const owner = await workspace.members.create(person('first@example.com', 'owner'));
    const other = await workspace.members.create(person('second@example.com', 'viewer'));
    expect(await workspace.members.owners()).toBe(1);
    await workspace.members.update(other.id, { role: 'owner', name: 'Second Owner' });
    expect(await workspace.members.owners()).toBe(2);
    expect(await workspace.members.byId(other.id)).toMatchObject({
      role: 'owner',
      name: 'Second Owner',
      email: 'second@example.com',
    });
    expect((await workspace.members.byId(owner.id))?.name).toBe('owner person');
  });

  it('keeps a pending and a confirmed two-factor secret apart', async () => {
    const workspace = await open();
    const member = await workspace.members.create(person('totp@example.com'));
    await workspace.members.update(member.id, { totp_pending: 'sealed-pending' });
    expect(await workspace.members.byId(member.id)).toMatchObject({ totp_pending: 'sealed-pending', totp_sealed: null });
    await workspace.members.update(member.id, { totp_sealed: 'sealed-pending', totp_pending: null });
    const [listed] = await workspace.members.list();
    expect(listed?.two_factor).toBe(true);
  });

  it('spends a two-factor step once: the same or an earlier step is refused, a later one taken', async () => {
    const workspace = await open();
    const member = await workspace.members.create(person('steps@example.com'));
    const other = await workspace.members.create(person('other-steps@example.com'));
    expect(await workspace.members.claimTotpStep(member.id, 59_000_100)).toBe(true);
    expect(await workspace.members.claimTotpStep(member.id, 59_000_100)).toBe(false);
    expect(await workspace.members.claimTotpStep(member.id, 59_000_099)).toBe(false);
    expect(await workspace.members.claimTotpStep(other.id, 59_000_100)).toBe(true);
    const racing = await Promise.all([101, 101, 101].map((n) => workspace.members.claimTotpStep(member.id, 59_000_000 + n)));
    expect(racing.filter(Boolean)).toHaveLength(1);
  });

  it('removing a member removes their sessions, and nobody else’s', async () => {
    const workspace = await open();
    await workspace.setUp({ email: 'owner@example.com', name: 'Owner', passwordHash: 'h' }, 'osk_key_0001');
    const leaving = await workspace.members.create(person('leaving@example.com'));
    const staying = await workspace.members.create(person('staying@example.com'));
    const leavingToken = await workspace.sessions.create(leaving.id, { userAgent: 'ua', address: '192.0.2.1' });
    const stayingToken = await workspace.sessions.create(staying.id, { userAgent: 'ua', address: '192.0.2.1' });
    await workspace.members.remove(leaving.id);
    expect(await workspace.members.byId(leaving.id)).toBeUndefined();
    expect(await workspace.sessions.resolve(leavingToken)).toBeUndefined();
    expect((await workspace.sessions.resolve(stayingToken))?.member_id).toBe(staying.id);
    expect(await workspace.members.byEmail('leaving@example.com')).toBeUndefined();
  });
});
