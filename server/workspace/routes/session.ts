import { randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { setupSchema, signInSchema } from '../../../contract/workspace';
import { ApiProblem } from '../../lib/problem';
import { readJsonBody, validate } from '../../lib/request-body';
import { clearSessionCookie, SESSION_COOKIE, startSession, type WorkspaceEnv } from '../access';
import { hashPassword, verifyPassword } from '../crypto/passwords';
import type { MemberRow } from '../db/schema';
import { spendTotpCode } from '../two-factor-code';
import { DEMO_EMAIL, type RouteDeps, requireAcceptedKey, sessionAnswer } from './deps';

/** `/session` (who am I, sign in, sign out) and `/workspace/setup` (the first owner and the partner key). */
export function sessionRoutes(deps: RouteDeps) {
  const { workspace } = deps;
  const app = new Hono<WorkspaceEnv>();
  const address = (c: Context) => deps.cookies.address(c);

  app.get('/session', (c) => sessionAnswer(c, deps));

  app.post('/session', async (c) => {
    const input = validate(signInSchema, await readJsonBody(c));
    if (await workspace.setupRequired()) {
      if ('demo' in input) return signInAsDemoOwner(c);
      throw new ApiProblem('SETUP_REQUIRED', 'this workspace has no owner yet: set it up first');
    }
    if ('demo' in input) return signInAsDemoOwner(c);
    const allowed = await workspace.limits.attempt(input.email, address(c));
    if (!allowed.allowed) {
      throw new ApiProblem('RATE_LIMITED', `too many failed sign-in attempts; retry in ${allowed.retryAfterSeconds} s`, {
        'Retry-After': String(allowed.retryAfterSeconds),
      });
    }
    const member = await workspace.members.byEmail(input.email);
    if (!member || !(await verifyPassword(member.password_hash, input.password))) {
      if (!member) await verifyPassword(undefined, input.password);
      await failed(c, member, input.email, 'password');
      throw new ApiProblem('UNAUTHORIZED', 'the email or password is wrong');
    }
    if (member.totp_sealed !== null) {
      if (input.totp === undefined) {
        await workspace.limits.settled(input.email, address(c));
        throw new ApiProblem('TWO_FACTOR_REQUIRED', 'enter the code from your authenticator app');
      }
      const code = await spendTotpCode(workspace, member.id, member.totp_sealed, input.totp);
      if (code !== 'ok') {
        await failed(c, member, input.email, 'two_factor');
        throw new ApiProblem(
          'TWO_FACTOR_REQUIRED',
          code === 'used'
            ? 'that code was used already; enter the next one your app shows'
            : 'that code is not valid; enter the current one',
        );
      }
    }
    await workspace.limits.settled(input.email, address(c));
    return signedIn(c, member);
  });

  app.delete('/session', async (c) => {
    const actor = c.get('actor');
    await workspace.sessions.endByToken(getCookie(c, SESSION_COOKIE));
    clearSessionCookie(c);
    if (actor) await workspace.audit.record({ action: 'sign_out', actor: actor.member, address: address(c) });
    c.set('actor', undefined);
    return sessionAnswer(c, deps);
  });

  app.post('/workspace/setup', async (c) => {
    const input = validate(setupSchema, await readJsonBody(c));
    if ('demo' in input) return signInAsDemoOwner(c);
    if (!(await workspace.setupRequired())) throw new ApiProblem('WORKSPACE_EXISTS', 'this workspace is already set up; sign in');
    await requireAcceptedKey(deps.upstream, input.api_key);
    const created = await workspace.setUp(
      { email: input.email, name: input.name, passwordHash: await hashPassword(input.password) },
      input.api_key,
    );
    if (!created) throw new ApiProblem('WORKSPACE_EXISTS', 'this workspace is already set up; sign in');
    const owner = { id: created.id, name: input.name };
    await workspace.audit.record({ action: 'workspace.created', actor: owner, address: address(c) });
    return signedIn(c, { id: created.id, name: input.name, email: input.email });
  });

  async function failed(c: Context, member: MemberRow | undefined, email: string, reason: string) {
    await workspace.audit.record({
      action: 'sign_in.failed',
      actor: member ?? null,
      address: address(c),
      detail: { email, reason },
    });
  }

  async function signedIn(c: Context<WorkspaceEnv>, member: Pick<MemberRow, 'id' | 'name' | 'email'>, detail = {}) {
    await startSession(c, workspace, member.id, deps.cookies);
    await workspace.audit.record({ action: 'sign_in', actor: member, address: address(c), detail });
    return sessionAnswer(c, deps, member.id);
  }

  /** Sandbox only: the demo owner, created with the demo partner's key the first time (no password can sign in as it). */
  async function signInAsDemoOwner(c: Context<WorkspaceEnv>) {
    if (deps.mode !== 'sandbox' || !deps.demoKey) throw new ApiProblem('FORBIDDEN', 'the demo owner exists only in sandbox mode');
    let member = await workspace.members.byEmail(DEMO_EMAIL);
    if (!member) {
      if (!(await workspace.setupRequired()))
        throw new ApiProblem('WORKSPACE_EXISTS', 'this workspace is already set up; sign in');
      const unusable = await hashPassword(randomBytes(32).toString('base64url'));
      const created = await workspace.setUp({ email: DEMO_EMAIL, name: 'Demo owner', passwordHash: unusable }, deps.demoKey);
      if (created)
        await workspace.audit.record({
          action: 'workspace.created',
          actor: { id: created.id, name: 'Demo owner' },
          address: address(c),
        });
      member = await workspace.members.byEmail(DEMO_EMAIL);
      if (!member) throw new ApiProblem('WORKSPACE_EXISTS', 'this workspace is already set up; sign in');
    }
    return signedIn(c, member, { demo: true });
  }

  return app;
}
