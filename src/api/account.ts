import { memberSchema } from '@contract';
import { sessionInfoSchema, twoFactorSetupSchema } from '@contract/workspace';
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiFetch } from '@/lib/api-fetch';
import { getJson } from './request';

/** The signed-in member's own things: their active sessions, password and two-factor. */
export const accountQueries = {
  all: () => ['account'] as const,
  sessions: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'sessions'] as const,
      queryFn: (context) => getJson(context, '/workspace/sessions', z.array(sessionInfoSchema)),
    }),
};

/** Ends one of my sessions; ending this browser's own signs it out. */
export function endSession(id: string) {
  return apiFetch(`/workspace/sessions/${encodeURIComponent(id)}`, z.unknown(), { method: 'DELETE' });
}

export function changePassword(input: { current: string; next: string }) {
  return apiFetch('/workspace/me/password', z.unknown(), { method: 'POST', body: input });
}

/** A new secret, pending until a code from it is confirmed. */
export function startTwoFactor() {
  return apiFetch('/workspace/me/two-factor/setup', twoFactorSetupSchema, { method: 'POST' });
}

export function confirmTwoFactor(code: string) {
  return apiFetch('/workspace/me/two-factor/confirm', memberSchema, { method: 'POST', body: { code } });
}

/** Refused (409) while the owner requires two-factor for everyone. */
export function disableTwoFactor(code: string) {
  return apiFetch('/workspace/me/two-factor/disable', memberSchema, { method: 'POST', body: { code } });
}
