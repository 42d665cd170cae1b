import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { secretBox } from '../../workspace/crypto/secret-box';
import type { Workspace } from '../../workspace/workspace';
import { manualClock, OWNER, PARTNER_KEY, setUpWorkspace, storageSuite } from './harness';

const stored = (workspace: Workspace) => workspace.db.selectFrom('workspace').selectAll().executeTakeFirstOrThrow();

storageSuite('settings and set-up', ({ open, peer }) => {
  it('seals the partner key: the stored value is not the key and only this secret opens it', async () => {
    const workspace = await open();
    await setUpWorkspace(workspace);
    const row = await stored(workspace);
    expect(row.key_sealed).not.toBeNull();
    const sealed = row.key_sealed ?? '';
    expect(sealed).not.toContain(PARTNER_KEY);
    expect(sealed).not.toContain(Buffer.from(PARTNER_KEY).toString('base64url'));
    expect(JSON.stringify(row)).not.toContain(PARTNER_KEY.slice(0, 12));
    expect(row.key_last4).toBe(PARTNER_KEY.slice(-4));
    expect(workspace.settings.openKey(sealed)).toBe(PARTNER_KEY);
    expect(workspace.settings.openKey(null)).toBeUndefined();
    expect(() => secretBox(randomBytes(32)).open(sealed, 'partner-key')).toThrow();
    expect(() => workspace.box.open(sealed, 'totp')).toThrow();
  });

  it('shows the key masked with who set it and when', async () => {
    const clock = manualClock();
    const workspace = await open({ now: clock.now });
    expect(await workspace.settings.partnerKey()).toBeUndefined();
    await setUpWorkspace(workspace);
    expect(await workspace.settings.partnerKey()).toEqual({
      masked: `osk_…${PARTNER_KEY.slice(-4)}`,
      updated_at: new Date(clock.now()).toISOString(),
      updated_by: OWNER.name,
    });
  });

  it('replaces the key: the old sealed value is gone and the new one opens', async () => {
    const clock = manualClock();
    const workspace = await open({ now: clock.now });
    await setUpWorkspace(workspace);
    const before = await stored(workspace);
    expect(workspace.settings.openKey(before.key_sealed)).toBe(PARTNER_KEY);
    clock.advance(60_000);
    await workspace.settings.replaceKey('osk_live_rotated_key_b2c7', 'Second Owner');
    const after = await stored(workspace);
    expect(after.key_sealed).not.toBe(before.key_sealed);
    expect(workspace.settings.openKey(after.key_sealed)).toBe('osk_live_rotated_key_b2c7');
    expect(await workspace.db.selectFrom('workspace').select('key_sealed').execute()).toEqual([{ key_sealed: after.key_sealed }]);
    expect(await workspace.settings.partnerKey()).toEqual({
      masked: 'osk_…b2c7',
      updated_at: new Date(clock.now()).toISOString(),
      updated_by: 'Second Owner',
    });
  });

  it('creates the workspace row once: a second initialise changes nothing', async () => {
    const workspace = await open();
    expect(await workspace.settings.isSetUp()).toBe(false);
    expect(await workspace.settings.initialise(PARTNER_KEY, 'first')).toBe(true);
    expect(await workspace.settings.initialise('osk_other_key_0000', 'second')).toBe(false);
    expect(await workspace.settings.isSetUp()).toBe(true);
    expect(workspace.settings.openKey((await stored(workspace)).key_sealed)).toBe(PARTNER_KEY);
  });

  it('keeps the two-factor policy', async () => {
    const workspace = await open();
    await setUpWorkspace(workspace);
    expect(await workspace.settings.twoFactorRequired()).toBe(false);
    await workspace.settings.setTwoFactorRequired(true);
    expect(await workspace.settings.twoFactorRequired()).toBe(true);
    await workspace.settings.setTwoFactorRequired(false);
    expect(await workspace.settings.twoFactorRequired()).toBe(false);
  });

  it('set-up: of two concurrent calls exactly one creates the workspace and its single owner', async () => {
    const workspace = await open();
    expect(await workspace.setupRequired()).toBe(true);
    const racers = contenders(2);
    const results = await Promise.all(racers.map((racer) => workspace.setUp({ ...OWNER, email: racer.email }, racer.key)));
    await expectOneOwner(workspace, racers, results);
  });

  it('set-up: two instances racing on one database still make exactly one owner', async () => {
    const workspace = await open();
    const other = await peer(workspace);
    const racers = contenders(4);
    const results = await Promise.all(
      racers.map((racer, i) => (i % 2 === 0 ? workspace : other).setUp({ ...OWNER, email: racer.email }, racer.key)),
    );
    await expectOneOwner(workspace, racers, results);
    expect(await other.setupRequired()).toBe(false);
  });
});

const contenders = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    email: `racer${i}@example.com`,
    key: `osk_racer_key_${String(i).padStart(4, '0')}`,
  }));

/** One winner: the only member is its owner, and the stored key is the winner's (not a mix of two calls). */
async function expectOneOwner(
  workspace: Workspace,
  racers: { email: string; key: string }[],
  results: (false | { id: string })[],
) {
  const winner = results.findIndex((result) => result !== false);
  expect(results.filter((result) => result !== false)).toHaveLength(1);
  const members = await workspace.members.list();
  expect(members.map((member) => [member.email, member.role])).toEqual([[racers[winner]?.email, 'owner']]);
  expect(await workspace.members.owners()).toBe(1);
  expect(await workspace.setupRequired()).toBe(false);
  expect(workspace.settings.openKey((await stored(workspace)).key_sealed)).toBe(racers[winner]?.key);
}
