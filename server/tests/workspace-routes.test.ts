import { authenticator } from 'otplib';
import { describe, expect, it } from 'vitest';
import { ORIGIN, PASSWORD, startDashboard } from './dashboard-harness';
import { TEST_KEY } from './sandbox-harness';

type Dashboard = ReturnType<typeof startDashboard>;
const send = (d: Dashboard, cookie: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  d.request(path, {
    method,
    headers: { Cookie: cookie, Origin: ORIGIN, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('workspace: set-up, invitations, roles', () => {
  it('sets up once with a checked key; a second set-up is refused', async () => {
    const d = startDashboard();
    const body = { name: 'Ana Owner', email: 'ana@example.com', password: PASSWORD, api_key: 'osk_not_accepted_000000' };
    const refused = await send(d, '', 'POST', '/workspace/setup', body);
    expect([refused.status, (await refused.json()).error_code]).toEqual([401, 'UNAUTHORIZED']);
    const created = await send(d, '', 'POST', '/workspace/setup', { ...body, api_key: TEST_KEY });
    expect(await created.json()).toMatchObject({ data: { authenticated: true, member: { role: 'owner', name: 'Ana Owner' } } });
    const again = await send(d, '', 'POST', '/workspace/setup', { ...body, email: 'eve@example.com', api_key: TEST_KEY });
    expect([again.status, (await again.json()).error_code]).toEqual([409, 'WORKSPACE_EXISTS']);
    const session = await (await send(d, '', 'GET', '/session')).json();
    expect(session.data).toMatchObject({ setup_required: false, authenticated: false, demo_available: false });
  });

  it('an invitation is single-use and gives its role; joining signs in', async () => {
    const d = startDashboard();
    const owner = (await d.signIn()).sessionCookie;
    const invite = (await (await send(d, owner, 'POST', '/workspace/invites', { role: 'support' })).json()).data;
    expect((await (await send(d, '', 'POST', '/workspace/join/check', { token: invite.token })).json()).data).toMatchObject({
      role: 'support',
      invited_by: 'Demo owner',
    });
    const join = { token: invite.token, name: 'Sam Support', email: 'sam@example.com', password: PASSWORD };
    const joined = await send(d, '', 'POST', '/workspace/join', join);
    expect(await joined.json()).toMatchObject({
      data: { authenticated: true, member: { role: 'support', name: 'Sam Support' } },
    });
    expect((await send(d, cookieOf(joined), 'GET', '/api/v1/orders')).status).toBe(200);
    const reused = await send(d, '', 'POST', '/workspace/join', { ...join, email: 'other@example.com' });
    expect(reused.status).toBe(404);
    const listed = (await (await send(d, owner, 'GET', '/workspace/invites')).json()).data;
    expect(listed).toEqual([]);
  });

  it('changing a role or removing a member ends their sessions at once', async () => {
    const d = startDashboard();
    const owner = (await d.signIn()).sessionCookie;
    const member = await d.addMember('operator');
    const session = (await d.signInAs(member)).sessionCookie;
    expect((await send(d, owner, 'PATCH', `/workspace/members/${member.id}`, { role: 'viewer' })).status).toBe(200);
    expect((await send(d, session, 'GET', '/api/v1/balance')).status).toBe(401);
    const again = (await d.signInAs(member)).sessionCookie;
    const create = await send(d, again, 'POST', '/api/v1/orders/stars', { recipient_username: 'someone_x', quantity: 50 });
    expect(create.status).toBe(403);
    expect((await send(d, owner, 'DELETE', `/workspace/members/${member.id}`)).status).toBe(200);
    expect((await send(d, again, 'GET', '/api/v1/balance')).status).toBe(401);
    expect((await d.signInAs(member)).res.status).toBe(401);
    expect(
      (
        await send(
          d,
          owner,
          'DELETE',
          `/workspace/members/${(await d.workspace.members.byEmail('demo-owner@sandbox.invalid'))?.id}`,
        )
      ).status,
    ).toBe(409);
  });
});

describe('workspace: two-factor', () => {
  it('a member with TOTP needs the current code; the owner can require it for everyone', async () => {
    const d = startDashboard();
    const owner = (await d.signIn()).sessionCookie;
    const member = await d.addMember('support');
    let session = (await d.signInAs(member)).sessionCookie;
    const { secret } = (await (await send(d, session, 'POST', '/workspace/me/two-factor/setup')).json()).data;
    const wrong = await send(d, session, 'POST', '/workspace/me/two-factor/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    const confirmed = await send(d, session, 'POST', '/workspace/me/two-factor/confirm', {
      code: authenticator.generate(secret),
    });
    expect((await confirmed.json()).data.two_factor).toBe(true);
    const withoutCode = await d.signInAs(member);
    expect([withoutCode.res.status, (await withoutCode.res.json()).error_code]).toEqual([401, 'TWO_FACTOR_REQUIRED']);
    const badCode = await d.signInAs(member, { totp: '123456' });
    expect(badCode.res.status).toBe(401);
    // The code that turned two-factor on is spent; the next step's code is accepted (one step of drift) — once.
    const spent = await d.signInAs(member, { totp: authenticator.generate(secret) });
    expect([spent.res.status, (await spent.res.json()).error_message]).toEqual([
      401,
      'that code was used already; enter the next one your app shows',
    ]);
    const next = authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret);
    session = (await d.signInAs(member, { totp: next })).sessionCookie;
    expect((await send(d, session, 'GET', '/api/v1/balance')).status).toBe(200);
    const replayed = await d.signInAs(member, { totp: next });
    expect([replayed.res.status, (await replayed.res.json()).error_code]).toEqual([401, 'TWO_FACTOR_REQUIRED']);

    // The owner has no two-factor yet: requiring it is refused until they do.
    expect((await send(d, owner, 'PUT', '/workspace/settings/two-factor', { required: true })).status).toBe(409);
    const own = (await (await send(d, owner, 'POST', '/workspace/me/two-factor/setup')).json()).data;
    await send(d, owner, 'POST', '/workspace/me/two-factor/confirm', { code: authenticator.generate(own.secret) });
    expect((await send(d, owner, 'PUT', '/workspace/settings/two-factor', { required: true })).status).toBe(200);
    const viewer = await d.addMember('viewer');
    const viewerSession = (await d.signInAs(viewer)).sessionCookie;
    const blocked = await send(d, viewerSession, 'GET', '/api/v1/balance');
    expect([blocked.status, (await blocked.json()).error_code]).toEqual([403, 'TWO_FACTOR_ENROLMENT_REQUIRED']);
    expect((await (await send(d, viewerSession, 'GET', '/session')).json()).data.two_factor_enrolment_required).toBe(true);
    expect((await send(d, viewerSession, 'POST', '/workspace/me/two-factor/setup')).status).toBe(200);
  });
});

describe('workspace: the partner key stays on the server', () => {
  it('is sealed in the database, masked for the owner, replaced only by an accepted key', async () => {
    const d = startDashboard();
    const owner = (await d.signIn()).sessionCookie;
    const row = await d.workspace.settings.row();
    expect(row?.key_sealed).toBeTruthy();
    expect(row?.key_sealed).not.toContain(TEST_KEY);
    expect(row?.key_sealed).not.toContain(TEST_KEY.slice(4, 20));
    const masked = await (await send(d, owner, 'GET', '/workspace/key')).text();
    expect(masked).toContain(`osk_…${TEST_KEY.slice(-4)}`);
    expect(masked).not.toContain(TEST_KEY);
    const refused = await send(d, owner, 'PUT', '/workspace/key', { api_key: 'osk_someone_elses_key_01' });
    expect(refused.status).toBe(401);
    expect((await d.workspace.settings.row())?.key_sealed).toBe(row?.key_sealed);
  });
});

describe('workspace: the audit log', () => {
  it('records creates with their Idempotency-Key once (not on a replay), cancels, sign-ins and failures, with names', async () => {
    const d = startDashboard();
    const owner = (await d.signIn()).sessionCookie;
    const operator = await d.addMember('operator', 'olga@example.com');
    await d.signInAs({ email: 'olga@example.com', password: 'wrong password' });
    const session = (await d.signInAs(operator)).sessionCookie;
    const order = { recipient_username: 'audit_buyer', quantity: 75 };
    const first = await send(d, session, 'POST', '/api/v1/orders/stars', order, { 'Idempotency-Key': 'intent-audit-1' });
    const replay = await send(d, session, 'POST', '/api/v1/orders/stars', order, { 'Idempotency-Key': 'intent-audit-1' });
    const id = (await first.json()).data.id;
    expect((await replay.json()).data.id).toBe(id);
    await send(d, session, 'POST', `/api/v1/orders/${id}/cancel`);
    const log = (await (await send(d, owner, 'GET', '/workspace/audit?limit=50')).json()).data;
    const mine = log.items.filter((entry: { member_id: string }) => entry.member_id === operator.id);
    expect(mine.map((entry: { action: string }) => entry.action)).toEqual([
      'order.cancelled',
      'order.created',
      'sign_in',
      'sign_in.failed',
    ]);
    expect(mine[1]).toMatchObject({
      member_name: 'operator person',
      detail: { order_id: id, idempotency_key: 'intent-audit-1' },
    });
    const authors = (await (await send(d, owner, 'GET', `/workspace/order-authors?ids=${id},999999`)).json()).data;
    expect(authors).toEqual({ [id]: { member_id: operator.id, name: 'operator person' } });
    const filtered = (
      await (await send(d, owner, 'GET', `/workspace/audit?action=order.created&member_id=${operator.id}`)).json()
    ).data;
    expect(filtered.total).toBe(1);
    const csv = await (await send(d, owner, 'GET', `/workspace/audit.csv?member_id=${operator.id}`)).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(csv).toContain('"order.created"');
  });

  it('no route changes or deletes an entry, and the database refuses it too', async () => {
    const d = startDashboard();
    const owner = (await d.signIn()).sessionCookie;
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect((await send(d, owner, method, '/workspace/audit')).status).toBe(404);
    await expect(d.workspace.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(d.workspace.db.updateTable('audit_log').set({ action: 'x' }).execute()).rejects.toThrow(/append-only/);
  });
});

describe('workspace: CSRF and Host rules cover the new routes', () => {
  it('refuses a cross-site write to a workspace route and a foreign Host, with the owner’s cookie', async () => {
    const d = startDashboard();
    const owner = (await d.signIn()).sessionCookie;
    const member = await d.addMember('viewer');
    const crossSite = await send(d, owner, 'DELETE', `/workspace/members/${member.id}`, undefined, {
      Origin: 'https://evil.example',
    });
    expect([crossSite.status, (await crossSite.json()).error_code]).toEqual([403, 'FORBIDDEN']);
    const fetchSite = await send(d, owner, 'POST', '/workspace/invites', { role: 'owner' }, { 'Sec-Fetch-Site': 'cross-site' });
    expect(fetchSite.status).toBe(403);
    const rebound = await d.app.request('http://rebind.evil.test:3000/workspace/members', { headers: { Cookie: owner } });
    expect(rebound.status).toBe(421);
    expect(await d.workspace.members.byId(member.id)).toBeDefined();
  });
});
