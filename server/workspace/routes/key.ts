import { Hono } from 'hono';
import { okBody } from '../../../contract/envelope';
import { replaceKeySchema, twoFactorPolicySchema } from '../../../contract/workspace';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import { actorWith, type WorkspaceEnv } from '../access';
import { maskKey } from '../store/settings';
import { type RouteDeps, requireAcceptedKey } from './deps';

/** The partner key (masked, replaceable by the owner) and the workspace's two-factor policy. */
export function keyRoutes(deps: RouteDeps) {
  const { workspace } = deps;
  const app = new Hono<WorkspaceEnv>();
  const address = deps.cookies.address;

  app.get('/key', async (c) => {
    actorWith(c, 'workspace.manage');
    const key = await workspace.settings.partnerKey();
    if (!key) throw new ApiProblem('SETUP_REQUIRED', 'no partner key yet');
    return c.json(okBody(key));
  });

  app.put('/key', async (c) => {
    const actor = actorWith(c, 'workspace.manage');
    const { api_key: apiKey } = validate(replaceKeySchema, await readJsonBody(c));
    // Checked before it takes effect; the old sealed key is overwritten, not kept.
    await requireAcceptedKey(deps.upstream, apiKey);
    await workspace.settings.replaceKey(apiKey, actor.member.name);
    await workspace.audit.record({
      action: 'key.changed',
      actor: actor.member,
      address: address(c),
      detail: { key: maskKey(apiKey.slice(-4)) },
    });
    return c.json(okBody(await workspace.settings.partnerKey()));
  });

  app.get('/settings', async (c) => {
    actorWith(c, undefined, { enrolling: true });
    return c.json(okBody({ two_factor_required: await workspace.settings.twoFactorRequired() }));
  });

  app.put('/settings/two-factor', async (c) => {
    const actor = actorWith(c, 'workspace.manage');
    const { required } = validate(twoFactorPolicySchema, await readJsonBody(c));
    if (required && !actor.twoFactor) {
      throw new ApiProblem('CONFLICT', 'turn on two-factor for your own account before requiring it for everyone');
    }
    await workspace.settings.setTwoFactorRequired(required);
    await workspace.audit.record({
      action: 'two_factor.policy_changed',
      actor: actor.member,
      address: address(c),
      detail: { required },
    });
    return c.json(okBody({ two_factor_required: required }));
  });

  return app;
}
