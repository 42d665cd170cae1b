import { memberSchema, type Role } from '@contract';
import { createdInviteSchema, inviteSchema, partnerKeySchema, workspaceSettingsSchema } from '@contract/workspace';
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiFetch } from '@/lib/api-fetch';
import { getJson } from './request';

/** The workspace's people, pending invitations, partner key (masked) and settings: the owner's team page. */
export const teamQueries = {
  all: () => ['team'] as const,
  members: () =>
    queryOptions({
      queryKey: [...teamQueries.all(), 'members'] as const,
      queryFn: (context) => getJson(context, '/workspace/members', z.array(memberSchema)),
    }),
  invites: () =>
    queryOptions({
      queryKey: [...teamQueries.all(), 'invites'] as const,
      queryFn: (context) => getJson(context, '/workspace/invites', z.array(inviteSchema)),
    }),
  key: () =>
    queryOptions({
      queryKey: [...teamQueries.all(), 'key'] as const,
      queryFn: (context) => getJson(context, '/workspace/key', partnerKeySchema),
    }),
  settings: () =>
    queryOptions({
      queryKey: [...teamQueries.all(), 'settings'] as const,
      queryFn: (context) => getJson(context, '/workspace/settings', workspaceSettingsSchema),
    }),
};

/** The invitable roles (an owner is never invited). */
export type InviteRole = 'operator' | 'support' | 'viewer';
export const INVITE_ROLES: readonly InviteRole[] = ['operator', 'support', 'viewer'];

const member = (id: string) => `/workspace/members/${encodeURIComponent(id)}`;

/** Changing a role ends that member's sessions (they sign in again with the new one). */
export function changeRole({ id, role }: { id: string; role: Role }) {
  return apiFetch(member(id), memberSchema, { method: 'PATCH', body: { role } });
}

export function removeMember(id: string) {
  return apiFetch(member(id), z.unknown(), { method: 'DELETE' });
}

/** The answer carries the invitation's token, once: the link is built from it and never fetched again. */
export function createInvite(role: InviteRole) {
  return apiFetch('/workspace/invites', createdInviteSchema, { method: 'POST', body: { role } });
}

/** The link to hand over: the token in the fragment, which browsers never send (no server log holds it). */
export function inviteLink(origin: string, token: string): string {
  return `${origin}/join#${token}`;
}

export function revokeInvite(id: string) {
  return apiFetch(`/workspace/invites/${encodeURIComponent(id)}`, z.unknown(), { method: 'DELETE' });
}

/** Checked against the partner API before it takes effect; a refused key answers 401 (not a signed-out session). */
export function replaceKey(apiKey: string) {
  return apiFetch('/workspace/key', partnerKeySchema, { method: 'PUT', body: { api_key: apiKey } });
}

/** Refused (409) unless the owner has two-factor on. */
export function setTwoFactorRequired(required: boolean) {
  return apiFetch('/workspace/settings/two-factor', workspaceSettingsSchema, { method: 'PUT', body: { required } });
}
