import { sessionSchema } from '@contract';
import { inviteInfoSchema } from '@contract/workspace';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';

/** Joining the workspace through an invitation link (only the join page loads this). */
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
