import { Hono } from 'hono';
import { okBody } from '../../../contract/envelope';
import { changeRoleSchema, createInviteSchema } from '../../../contract/workspace';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import { actorWith, type WorkspaceEnv } from '../access';
import { toMember } from '../store/members';
import type { RouteDeps } from './deps';

/** Owner only: the members, their roles and sessions, and invitations. */
export function peopleRoutes(deps: RouteDeps) {
  const { workspace } = deps;
  const app = new Hono<WorkspaceEnv>();
  const address = deps.cookies.address;

  app.get('/members', async (c) => {
    actorWith(c, 'workspace.manage');
    return c.json(okBody(await workspace.members.list()));
  });

  app.patch('/members/:id', async (c) => {
    const actor = actorWith(c, 'workspace.manage');
    const { role } = validate(changeRoleSchema, await readJsonBody(c));
    const member = await workspace.members.byId(c.req.param('id'));
    if (!member) throw new ApiProblem('NOT_FOUND', 'no such member');
    if (member.id === actor.member.id) throw new ApiProblem('CONFLICT', 'you cannot change your own role');
    await workspace.members.update(member.id, { role });
    // A new role takes effect at once: the member signs in again and gets exactly what it allows.
    await workspace.sessions.endAllOf(member.id);
    await workspace.audit.record({
      action: 'member.role_changed',
      actor: actor.member,
      address: address(c),
      detail: { member: member.name, from: member.role, to: role },
    });
    return c.json(okBody(toMember({ ...member, role })));
  });

  app.delete('/members/:id', async (c) => {
    const actor = actorWith(c, 'workspace.manage');
    const member = await workspace.members.byId(c.req.param('id'));
    if (!member) throw new ApiProblem('NOT_FOUND', 'no such member');
    if (member.id === actor.member.id) throw new ApiProblem('CONFLICT', 'you cannot remove yourself');
    await workspace.members.remove(member.id);
    await workspace.audit.record({
      action: 'member.removed',
      actor: actor.member,
      address: address(c),
      detail: { member: member.name, email: member.email, role: member.role },
    });
    return c.json(okBody({ removed: member.id }));
  });

  app.get('/members/:id/sessions', async (c) => {
    actorWith(c, 'workspace.manage');
    return c.json(okBody(await workspace.sessions.list(c.req.param('id'), c.get('actor')?.sessionId)));
  });

  app.get('/invites', async (c) => {
    actorWith(c, 'workspace.manage');
    return c.json(okBody(await workspace.invites.list()));
  });

  app.post('/invites', async (c) => {
    const actor = actorWith(c, 'workspace.manage');
    const { role } = validate(createInviteSchema, await readJsonBody(c));
    const { invite, token } = await workspace.invites.create(role, actor.member);
    await workspace.audit.record({
      action: 'invite.created',
      actor: actor.member,
      address: address(c),
      detail: { role, invite: invite.id },
    });
    return c.json(okBody({ ...invite, token }));
  });

  app.delete('/invites/:id', async (c) => {
    const actor = actorWith(c, 'workspace.manage');
    const id = c.req.param('id');
    if (!(await workspace.invites.revoke(id))) throw new ApiProblem('NOT_FOUND', 'no such pending invitation');
    await workspace.audit.record({ action: 'invite.revoked', actor: actor.member, address: address(c), detail: { invite: id } });
    return c.json(okBody({ revoked: id }));
  });

  return app;
}
