import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, sandboxDataDir, startServerProcess } from './server-process';

/** A real server process restarted on the same data directory: nobody is signed out, nothing is lost. */
describe('restart', () => {
  const { dataDir, env, remove } = sandboxDataDir('restart', 'osk_restart_test_key_0001');
  let running: ServerProcess | undefined;
  afterAll(async () => {
    await running?.stop();
    remove();
  });

  it('keeps sessions, the sealed key and the audit log across a restart', async () => {
    running = await startServerProcess(env);
    const first = running.origin;
    const signIn = await fetch(`${first}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: first },
      body: JSON.stringify({ demo: true }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const created = await fetch(`${first}/api/v1/orders/stars`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: first, 'Content-Type': 'application/json', 'Idempotency-Key': 'restart-1' },
      body: JSON.stringify({ recipient_username: 'restart_buyer', quantity: 60 }),
    });
    expect(created.status).toBe(200);
    const before = (await (await fetch(`${first}/workspace/audit`, { headers: { Cookie: cookie } })).json()).data;
    // The generated secret that seals the key is readable by this user only.
    expect(statSync(join(dataDir, 'dashboard-secret')).mode & 0o777).toBe(0o600);
    await running.stop();

    running = await startServerProcess(env);
    const second = running.origin;
    const session = (await (await fetch(`${second}/session`, { headers: { Cookie: cookie } })).json()).data;
    expect(session).toMatchObject({ authenticated: true, member: { role: 'owner' } });
    const orders = await fetch(`${second}/api/v1/orders?limit=5`, { headers: { Cookie: cookie } });
    expect(orders.status).toBe(200);
    const after = (await (await fetch(`${second}/workspace/audit`, { headers: { Cookie: cookie } })).json()).data;
    expect(after.items).toEqual(before.items);
    expect(after.items.map((entry: { action: string }) => entry.action)).toContain('order.created');
    // Nothing the server printed holds the key.
    expect(running.output()).not.toContain(env.SANDBOX_API_KEY.slice(4));
  }, 90_000);
});
