import { type Member, type Session, sessionSchema } from '@contract';
import type { Setup, SignIn } from '@contract/workspace';
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
