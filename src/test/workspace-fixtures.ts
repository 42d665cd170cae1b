import type { Member, Session } from '@contract';

/** People of a test workspace: the owner (signed in) and two members. */
export const owner: Member = {
  id: 'm-owner',
  name: 'Olga Owner',
  email: 'olga@example.com',
  role: 'owner',
  two_factor: true,
  created_at: '2026-04-01T09:00:00Z',
  last_seen_at: '2026-04-16T12:00:00Z',
};
export const operator: Member = {
  id: 'm-op',
  name: 'Oskar Operator',
  email: 'oskar@example.com',
  role: 'operator',
  two_factor: false,
  created_at: '2026-04-02T09:00:00Z',
  last_seen_at: null,
};
export const support: Member = { ...operator, id: 'm-sup', name: 'Sara Support', email: 'sara@example.com', role: 'support' };

export function sessionOf(member: Member): Session {
  return { mode: 'sandbox', setup_required: false, authenticated: true, member, demo_available: true };
}
