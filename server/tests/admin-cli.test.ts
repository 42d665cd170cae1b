import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { verifyPassword } from '../workspace/crypto/passwords';
import { workspaceFromConfig } from '../workspace/from-config';
import { sandboxDataDir } from './server-process';

/** `npm run admin -- …` as an operator runs it: its own process, secrets piped on stdin, the server's environment. */
describe('admin CLI', () => {
  const { env: own, remove } = sandboxDataDir('admin', 'osk_admin_cli_test_key_01');
  const env = { ...process.env, ...own };
  const admin = (args: string[], stdin: string) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/scripts/admin.ts', ...args], {
      env: { ...env, TSX_TSCONFIG_PATH: 'server/tsconfig.json' },
      input: stdin,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: run.status, out: run.stdout + run.stderr };
  };
  const open = async () => {
    const workspace = workspaceFromConfig(readConfig(env));
    await workspace.ready;
    return workspace;
  };
  afterAll(remove);

  it('creates the owner with a checked key, resets a password, replaces the key; never prints a secret', async () => {
    const wrongKey = admin(
      ['create-owner', '--email', 'Owner@Example.com', '--name', 'Olu Owner'],
      'a long password 1\nosk_not_this_key_at_all\n',
    );
    expect(wrongKey).toMatchObject({ code: 1, out: expect.stringContaining('did not accept') });
    const created = admin(
      ['create-owner', '--email', 'Owner@Example.com', '--name', 'Olu Owner'],
      `a long password 1\n${env.SANDBOX_API_KEY}\n`,
    );
    expect(created).toMatchObject({ code: 0, out: expect.stringContaining('owner owner@example.com created') });
    let workspace = await open();
    const owner = await workspace.members.byEmail('owner@example.com');
    expect(owner?.role).toBe('owner');
    expect(await verifyPassword(owner?.password_hash, 'a long password 1')).toBe(true);
    expect(workspace.settings.openKey((await workspace.settings.row())?.key_sealed ?? null)).toBe(env.SANDBOX_API_KEY);
    await workspace.close();

    expect(admin(['reset-password', '--email', 'owner@example.com'], 'short\n')).toMatchObject({
      code: 1,
      out: expect.stringContaining('at least 10'),
    });
    const reset = admin(['reset-password', '--email', 'owner@example.com', '--clear-two-factor'], 'another password 2\n');
    expect(reset.code).toBe(0);
    expect(admin(['set-key'], 'osk_someone_else_key_000\n').code).toBe(1);
    const setKey = admin(['set-key'], `${env.SANDBOX_API_KEY}\n`);
    expect(setKey.code).toBe(0);
    for (const run of [created, reset, setKey]) expect(run.out).not.toMatch(/admin_cli_test_key|password 1|password 2/);

    workspace = await open();
    expect(
      await verifyPassword((await workspace.members.byEmail('owner@example.com'))?.password_hash, 'another password 2'),
    ).toBe(true);
    const { items } = await workspace.audit.page({}, 10, 0);
    expect(items.map((entry) => entry.action)).toEqual(['key.changed', 'password.changed', 'member.joined']);
    await workspace.close();
    expect(admin(['unknown-command'], '')).toMatchObject({ code: 1, out: expect.stringContaining('usage:') });
  }, 120_000);
});
