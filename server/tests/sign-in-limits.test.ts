import { describe, expect, it } from 'vitest';
import { ORIGIN, startDashboard } from './dashboard-harness';

/** The Node adapter's bindings for a request from `address` (in-process requests have no socket). */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
  body: JSON.stringify(body),
});

describe('sign-in limits: guessing one account is slowed, nobody else is locked out', () => {
  it('ignores a client-chosen X-Forwarded-For: random values still share the socket address’s budget', async () => {
    const { app, addMember } = startDashboard({ signInPerMinute: 3 });
    const member = await addMember('support');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await app.request(
        `${ORIGIN}/session`,
        json({ email: member.email, password: `wrong guess ${i}` }, { 'X-Forwarded-For': `203.0.113.${i}` }),
        from('198.51.100.7'),
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('an attacked account waits; another member signing in (even from the same address) does not', async () => {
    const { app, addMember } = startDashboard({ signInPerMinute: 3 });
    const victim = await addMember('operator');
    const colleague = await addMember('support');
    for (let i = 0; i < 4; i += 1) {
      await app.request(`${ORIGIN}/session`, json({ email: victim.email, password: `guess ${i}` }), from('198.51.100.66'));
    }
    const guess = await app.request(
      `${ORIGIN}/session`,
      json({ email: victim.email, password: 'guess x' }),
      from('198.51.100.66'),
    );
    expect([guess.status, guess.headers.get('retry-after')]).toEqual([429, expect.stringMatching(/^\d+$/)]);
    const other = await app.request(
      `${ORIGIN}/session`,
      json({ email: colleague.email, password: colleague.password }),
      from('198.51.100.66'),
    );
    expect(other.status).toBe(200);
    const elsewhere = await app.request(
      `${ORIGIN}/session`,
      json({ email: colleague.email, password: colleague.password }),
      from('192.0.2.10'),
    );
    expect(elsewhere.status).toBe(200);
  });

  it('believes X-Forwarded-For only from a proxy named in TRUST_PROXY', async () => {
    const { app, addMember } = startDashboard({ signInPerMinute: 1, trustProxy: ['10.0.0.9'] });
    const members = await Promise.all(Array.from({ length: 7 }, () => addMember('viewer')));
    const attempt = (client: string, email: string) =>
      app.request(
        `${ORIGIN}/session`,
        json({ email, password: 'wrong password' }, { 'X-Forwarded-For': client }),
        from('10.0.0.9'),
      );
    // One client behind the proxy: an address gets five accounts' worth of failures, then waits.
    const statuses = [];
    for (const member of members.slice(0, 6)) statuses.push((await attempt('192.0.2.1', member.email)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Another client behind the same proxy has its own budget.
    expect((await attempt('192.0.2.2', members[6]?.email ?? '')).status).toBe(401);
  });

  it('counts parallel guesses before any of them is answered', async () => {
    const { app, addMember } = startDashboard({ signInPerMinute: 3 });
    const member = await addMember('viewer');
    const guesses = Array.from({ length: 8 }, (_, i) =>
      app.request(`${ORIGIN}/session`, json({ email: member.email, password: `parallel ${i}` }), from('198.51.100.9')),
    );
    const statuses = (await Promise.all(guesses)).map((res) => res.status).sort();
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('an unknown email costs the same budget and says the same thing as a wrong password', async () => {
    const { app, addMember } = startDashboard({ signInPerMinute: 2 });
    await addMember('viewer');
    const answers = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await app.request(
        `${ORIGIN}/session`,
        json({ email: 'nobody@example.com', password: 'whatever it is' }),
        from('198.51.100.1'),
      );
      answers.push([res.status, (await res.json()).error_code]);
    }
    expect(answers).toEqual([
      [401, 'UNAUTHORIZED'],
      [401, 'UNAUTHORIZED'],
      [429, 'RATE_LIMITED'],
    ]);
  });
});
