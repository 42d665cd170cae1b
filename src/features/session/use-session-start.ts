import type { Session } from '@contract';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { startSession } from '@/api/session';

/** Only same-app paths are followed after signing in (no open redirect). */
export function safeNext(raw: string | null): string {
  return raw?.startsWith('/') && !raw.startsWith('//') ? raw : '/orders';
}

/** Adopts a session the server just started (signed in, set up, joined) and goes on to `next`. */
export function useSessionStart(next: string): (session: Session) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    (session: Session) => {
      startSession(queryClient, session);
      void navigate(next, { replace: true });
    },
    [queryClient, navigate, next],
  );
}
