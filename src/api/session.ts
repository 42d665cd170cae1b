import { inviteInfoSchema, type Member, type Session, type Setup, type SignIn, sessionSchema } from '@contract';
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiFetch } from '@/lib/api-fetch';
import { getJson } from './request';

/**
 * This browser's session with the dashboard server (a cookie; the partner key stays on the server), the
 * workspace's first set-up, and joining it through an invitation.
 */
export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: sessionQueries.all(),
      queryFn: (context) => getJson(context, '/session', sessionSchema),
      staleTime: 60_000,
    }),
};

/** Email and password (and, for a member with two-factor, the code), or — in the sandbox — the demo owner. */
export function signIn(input: SignIn) {
  return apiFetch('/session', sessionSchema, { method: 'POST', body: input });
}

export function signOut() {
  return apiFetch('/session', z.unknown(), { method: 'DELETE' });
}

/** The first owner and the partner key (or, in the sandbox, the demo owner): signed in as that owner. */
export function setUp(input: Setup) {
  return apiFetch('/workspace/setup', sessionSchema, { method: 'POST', body: input });
}

export const inviteQueries = {
  check: (token: string) =>
    queryOptions({
      queryKey: ['invite', token] as const,
      queryFn: ({ signal }) => checkInvite(token, signal),
      retry: false,
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/** Who invited, with which role, until when; 404 when the link is used, expired, revoked or unknown. */
export function checkInvite(token: string, signal?: AbortSignal) {
  return apiFetch('/workspace/join/check', inviteInfoSchema, { method: 'POST', body: { token }, signal });
}

export function join(input: { token: string; name: string; email: string; password: string }) {
  return apiFetch('/workspace/join', sessionSchema, { method: 'POST', body: input });
}

/** A new session (signed in, set up, joined): nothing cached belongs to it, except the session itself. */
export function startSession(queryClient: QueryClient, session: Session) {
  queryClient.clear();
  queryClient.setQueryData(sessionQueries.all(), session);
}

/** My member record changed (two-factor on or off): the session shows it at once, then is read again. */
export function adoptMember(queryClient: QueryClient, member: Member) {
  queryClient.setQueryData(sessionQueries.all(), (old: Session | undefined) => old && { ...old, member });
  return queryClient.invalidateQueries({ queryKey: sessionQueries.all() });
}
