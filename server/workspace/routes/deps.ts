import type { Context } from 'hono';
import type { Session } from '../../../contract';
import { okBody } from '../../../contract/envelope';
import type { Upstream } from '../../dashboard/upstream';
import { ApiProblem } from '../../lib/problem';
import type { SessionCookies, WorkspaceEnv } from '../access';
import { toMember } from '../store/members';
import type { Workspace } from '../workspace';

export interface RouteDeps {
  workspace: Workspace;
  mode: 'sandbox' | 'upstream';
  /** The sandbox's demo partner key (sandbox mode): pre-filled on set-up, used by the demo owner. */
  demoKey?: string;
  upstream: Upstream;
  cookies: SessionCookies;
  /** The bulk worker of this process: its rate (for ETAs) and a nudge when a job is created or resumed. */
  bulk?: { ratePerSecond: number; wake: () => void };
}

export const DEMO_EMAIL = 'demo-owner@sandbox.invalid';

/** What `GET /session` (and every sign-in) answers: who this browser is and what the workspace needs. */
export async function sessionAnswer(c: Context<WorkspaceEnv>, deps: RouteDeps, memberId?: string): Promise<Response> {
  return c.json(okBody(await sessionState(deps, memberId ?? c.get('actor')?.member.id)));
}

export async function sessionState(
  deps: Pick<RouteDeps, 'workspace' | 'mode' | 'demoKey'>,
  id: string | undefined,
): Promise<Session> {
  const { workspace } = deps;
  const member = id ? await workspace.members.byId(id) : undefined;
  const setupRequired = await workspace.setupRequired();
  const policy = await workspace.settings.twoFactorRequired();
  const sandbox = deps.mode === 'sandbox' && deps.demoKey !== undefined;
  const demoOwner = sandbox && !setupRequired ? await workspace.members.byEmail(DEMO_EMAIL) : undefined;
  const body: Session = {
    mode: deps.mode,
    setup_required: setupRequired,
    authenticated: member !== undefined,
    member: member ? toMember(member) : null,
    two_factor_enrolment_required: member ? policy && member.totp_sealed === null : false,
    demo_available: sandbox && (setupRequired || demoOwner !== undefined),
    ...(sandbox && setupRequired ? { demo_key: deps.demoKey } : {}),
  };
  return body;
}

/** Is this key accepted by the partner API? (Sign-up and key replacement check before storing it.) */
export async function keyAccepted(upstream: Upstream, apiKey: string): Promise<boolean> {
  let check: Response;
  try {
    check = await upstream('/balance', { headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' } });
  } catch {
    throw new ApiProblem('SERVICE_UNAVAILABLE', 'the partner API could not be reached; try again shortly');
  }
  if (check.status === 401) return false;
  if (!check.ok) throw new ApiProblem('SERVICE_UNAVAILABLE', `the partner API answered ${check.status}; try again shortly`);
  return true;
}

export async function requireAcceptedKey(upstream: Upstream, apiKey: string): Promise<void> {
  if (!(await keyAccepted(upstream, apiKey)))
    throw new ApiProblem('UNAUTHORIZED', 'this key was not accepted by the partner API');
}
