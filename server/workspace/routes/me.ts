import { Hono } from 'hono';
import { okBody } from '../../../contract/envelope';
import { changePasswordSchema, twoFactorCodeSchema } from '../../../contract/workspace';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import { actorWith, clearSessionCookie, type WorkspaceEnv } from '../access';
import { hashPassword, verifyPassword } from '../crypto/passwords';
import { newTotpSecret, totpUri } from '../crypto/totp';
import { toMember } from '../store/members';
import { spendTotpCode } from '../two-factor-code';
import type { Workspace } from '../workspace';
import type { RouteDeps } from './deps';

/** A member's own account: their sessions, password and two-factor. */
export function meRoutes(deps: RouteDeps) {
  const { workspace } = deps;
  const app = new Hono<WorkspaceEnv>();
  const address = deps.cookies.address;

  app.get('/sessions', async (c) => {
    const actor = actorWith(c, undefined, { enrolling: true });
    return c.json(okBody(await workspace.sessions.list(actor.member.id, actor.sessionId)));
  });

  app.delete('/sessions/:id', async (c) => {
    const actor = actorWith(c, undefined, { enrolling: true });
    const session = await workspace.sessions.byId(c.req.param('id'));
    const mine = session?.member_id === actor.member.id;
    if (!session || (!mine && actor.member.role !== 'owner')) throw new ApiProblem('NOT_FOUND', 'no such session');
    await workspace.sessions.end(session.id);
    const owner = mine ? null : await workspace.members.byId(session.member_id);
    await workspace.audit.record({
      action: 'session.ended',
      actor: actor.member,
      address: address(c),
      detail: { member: owner?.name ?? actor.member.name, device: session.user_agent.slice(0, 120) },
    });
    if (session.id === actor.sessionId) clearSessionCookie(c);
    return c.json(okBody({ ended: session.id }));
  });

  app.post('/me/password', async (c) => {
    const actor = actorWith(c, undefined, { enrolling: true });
    const input = validate(changePasswordSchema, await readJsonBody(c));
    const member = await workspace.members.byId(actor.member.id);
    if (!member || !(await verifyPassword(member.password_hash, input.current))) {
      throw new ApiProblem('VALIDATION_ERROR', 'current: is not your current password');
    }
    await workspace.members.update(member.id, { password_hash: await hashPassword(input.next) });
    // A changed password ends every other session of this member (a stolen one among them).
    await workspace.sessions.endAllOf(member.id, actor.sessionId);
    await workspace.audit.record({ action: 'password.changed', actor: actor.member, address: address(c) });
    return c.json(okBody(toMember(member)));
  });

  app.post('/me/two-factor/setup', async (c) => {
    const actor = actorWith(c, undefined, { enrolling: true });
    if (actor.twoFactor) throw new ApiProblem('CONFLICT', 'two-factor is already on; turn it off first to set up another app');
    const secret = newTotpSecret();
    await workspace.members.update(actor.member.id, { totp_pending: workspace.box.seal(secret, 'totp') });
    return c.json(okBody({ secret, otpauth_url: totpUri(secret, actor.member.email) }));
  });

  app.post('/me/two-factor/confirm', async (c) => {
    const actor = actorWith(c, undefined, { enrolling: true });
    const { code } = validate(twoFactorCodeSchema, await readJsonBody(c));
    const member = await workspace.members.byId(actor.member.id);
    if (!member?.totp_pending) throw new ApiProblem('CONFLICT', 'start the set-up first');
    await requireFreshCode(workspace, member.id, member.totp_pending, code);
    await workspace.members.update(member.id, { totp_sealed: member.totp_pending, totp_pending: null });
    await workspace.audit.record({ action: 'two_factor.enabled', actor: actor.member, address: address(c) });
    return c.json(okBody(toMember({ ...member, totp_sealed: member.totp_pending, totp_pending: null })));
  });

  app.post('/me/two-factor/disable', async (c) => {
    const actor = actorWith(c, undefined, { enrolling: true });
    const { code } = validate(twoFactorCodeSchema, await readJsonBody(c));
    if (await workspace.settings.twoFactorRequired()) {
      throw new ApiProblem('CONFLICT', 'the workspace requires two-factor; it cannot be turned off');
    }
    const member = await workspace.members.byId(actor.member.id);
    if (!member?.totp_sealed) throw new ApiProblem('CONFLICT', 'two-factor is not on');
    await requireFreshCode(workspace, member.id, member.totp_sealed, code);
    await workspace.members.update(member.id, { totp_sealed: null, totp_pending: null });
    await workspace.audit.record({ action: 'two_factor.disabled', actor: actor.member, address: address(c) });
    return c.json(okBody(toMember({ ...member, totp_sealed: null, totp_pending: null })));
  });

  return app;
}

async function requireFreshCode(workspace: Workspace, memberId: string, sealed: string, code: string): Promise<void> {
  const spent = await spendTotpCode(workspace, memberId, sealed, code);
  if (spent === 'used') throw new ApiProblem('VALIDATION_ERROR', 'code: was used already; enter the next one your app shows');
  if (spent === 'invalid') throw new ApiProblem('VALIDATION_ERROR', 'code: is not the code your app shows now');
}
