import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { can, type Permission, type Role } from '../../contract';
import { ApiProblem } from '../lib/problem';
import { roleOf } from './store/members';
import type { Workspace } from './workspace';

export const SESSION_COOKIE = 'om_session';

/** The signed-in member behind a request, with the workspace's partner key to act with. */
export interface Actor {
  sessionId: string;
  member: { id: string; name: string; email: string; role: Role };
  twoFactor: boolean;
  /** The owner requires two-factor and this member has not set it up: only enrolment is open to them. */
  enrolmentRequired: boolean;
  apiKey: string | undefined;
}

export type WorkspaceEnv = { Variables: { actor: Actor | undefined } };

/** Finds the session behind the cookie once per request (routes read it with `c.get('actor')`). */
export function loadActor(workspace: Workspace): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => {
    c.set('actor', await actorFor(workspace, getCookie(c, SESSION_COOKIE)));
    await next();
  };
}

export async function actorFor(workspace: Workspace, token: string | undefined): Promise<Actor | undefined> {
  const row = await workspace.sessions.resolve(token);
  if (!row) return undefined;
  const twoFactor = row.totp_sealed !== null;
  return {
    sessionId: row.session_id,
    member: { id: row.member_id, name: row.name, email: row.email, role: roleOf(row.role) },
    twoFactor,
    enrolmentRequired: row.two_factor_required === 1 && !twoFactor,
    apiKey: workspace.settings.openKey(row.key_sealed),
  };
}

/** The signed-in member, or 401; with `permission`, 403 unless their role has it. */
export function actorWith(c: Context<WorkspaceEnv>, permission?: Permission, options: { enrolling?: boolean } = {}): Actor {
  const actor = c.get('actor');
  if (!actor) throw new ApiProblem('UNAUTHORIZED', 'sign in first');
  if (actor.enrolmentRequired && !options.enrolling) {
    throw new ApiProblem(
      'TWO_FACTOR_ENROLMENT_REQUIRED',
      'the workspace owner requires two-factor: set it up on your account page first',
    );
  }
  if (permission && !can(actor.member.role, permission)) {
    throw new ApiProblem('FORBIDDEN', `your role (${actor.member.role}) does not allow this`);
  }
  return actor;
}

export interface SessionCookies {
  secure: (c: Context) => boolean;
  address: (c: Context) => string;
}

/** Signs this browser in as `memberId` with a new token; the token it presented before (if any) stops working. */
export async function startSession(c: Context, workspace: Workspace, memberId: string, cookies: SessionCookies): Promise<void> {
  await workspace.sessions.endByToken(getCookie(c, SESSION_COOKIE));
  const token = await workspace.sessions.create(memberId, {
    userAgent: c.req.header('user-agent') ?? '',
    address: cookies.address(c),
  });
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: cookies.secure(c), path: '/' });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
