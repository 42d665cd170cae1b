import { type Context, Hono } from 'hono';
import { okBody } from '../../../contract/envelope';
import { inviteCheckSchema, joinSchema } from '../../../contract/workspace';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import { startSession, type WorkspaceEnv } from '../access';
import { hashPassword } from '../crypto/passwords';
import { roleOf } from '../store/members';
import { type RouteDeps, sessionAnswer } from './deps';

/** Joining through an invitation link: no session needed, the token is the permission (once). */
export function joinRoutes(deps: RouteDeps) {
  const { workspace } = deps;
  const app = new Hono<WorkspaceEnv>();
  const pendingInvite = async (token: string) => {
    const invite = await workspace.invites.byToken(token);
    if (!invite)
      throw new ApiProblem('NOT_FOUND', 'this invitation link is not valid any more: it was used, revoked or has expired');
    return invite;
  };

  app.post('/check', async (c) => {
    const invite = await pendingInvite(validate(inviteCheckSchema, await readJsonBody(c)).token);
    return c.json(
      okBody({
        role: roleOf(invite.role),
        expires_at: new Date(invite.expires_at).toISOString(),
        invited_by: invite.created_by_name,
      }),
    );
  });

  app.post('/', async (c: Context<WorkspaceEnv>) => {
    const input = validate(joinSchema, await readJsonBody(c));
    const invite = await pendingInvite(input.token);
    if (await workspace.members.byEmail(input.email))
      throw new ApiProblem('CONFLICT', 'email: already belongs to a member of this workspace');
    const passwordHash = await hashPassword(input.password);
    // Used first, then the member created: two browsers racing on one link get one member.
    if (!(await workspace.invites.use(invite.id))) throw new ApiProblem('NOT_FOUND', 'this invitation link was just used');
    const member = await workspace.members.create({
      email: input.email,
      name: input.name,
      role: roleOf(invite.role),
      passwordHash,
    });
    await startSession(c, workspace, member.id, deps.cookies);
    const address = deps.cookies.address(c);
    await workspace.audit.record({
      action: 'member.joined',
      actor: member,
      address,
      detail: { role: member.role, invited_by: invite.created_by_name },
    });
    await workspace.audit.record({ action: 'sign_in', actor: member, address });
    return sessionAnswer(c, deps, member.id);
  });

  return app;
}
