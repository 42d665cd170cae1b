import type { Member, Session } from '@contract';
import type { SessionInfo } from '@contract/workspace';

/** A member and the sessions `GET /session` answers, for component tests of the workspace pages. */
export const ownerMember: Member = {
  id: 'm-owner',
  name: 'Ada Owner',
  email: 'ada@example.com',
  role: 'owner',
  two_factor: false,
  created_at: '2026-04-01T09:00:00Z',
  last_seen_at: '2026-04-16T12:00:00Z',
};

export function sessionOf(overrides: Partial<Session> = {}): Session {
  return { mode: 'sandbox', setup_required: false, authenticated: false, member: null, demo_available: true, ...overrides };
}

export function signedIn(member: Partial<Member> = {}, overrides: Partial<Session> = {}): Session {
  return sessionOf({ authenticated: true, member: { ...ownerMember, ...member }, ...overrides });
}

export function sessionInfo(overrides: Partial<SessionInfo> = {}): SessionInfo {
  return {
    id: 's-1',
    member_id: ownerMember.id,
    current: false,
    user_agent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
    address: '203.0.113.7',
    created_at: '2026-04-15T08:00:00Z',
    last_seen_at: '2026-04-16T11:30:00Z',
    ...overrides,
  };
}
