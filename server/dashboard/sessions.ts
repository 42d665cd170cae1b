import { randomBytes } from 'node:crypto';

/**
 * Server-side sessions: the browser holds only a random id in an HttpOnly cookie; the partner key stays
 * in this process's memory. Sessions end on sign-out, after 12 h idle, 7 days after sign-in whatever the
 * use, or when the upstream refuses the key.
 */
export interface SessionStoreOptions {
  idleMs?: number;
  absoluteMs?: number;
  now?: () => number;
}

export function createSessionStore({
  idleMs = 12 * 60 * 60 * 1000,
  absoluteMs = 7 * 24 * 60 * 60 * 1000,
  now = Date.now,
}: SessionStoreOptions = {}) {
  const sessions = new Map<string, { apiKey: string; seenAt: number; createdAt: number }>();
  const over = (session: { seenAt: number; createdAt: number }) =>
    now() - session.seenAt > idleMs || now() - session.createdAt > absoluteMs;
  const pruneIdle = () => {
    for (const [id, session] of sessions) if (over(session)) sessions.delete(id);
  };
  return {
    create(apiKey: string): string {
      if (sessions.size >= 1000) pruneIdle(); // sessions nobody comes back to do not pile up
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, { apiKey, seenAt: now(), createdAt: now() });
      return id;
    },
    keyFor(id: string | undefined): string | undefined {
      if (!id) return undefined;
      const session = sessions.get(id);
      if (!session) return undefined;
      if (over(session)) {
        sessions.delete(id);
        return undefined;
      }
      session.seenAt = now();
      return session.apiKey;
    },
    destroy(id: string | undefined): void {
      if (id) sessions.delete(id);
    },
    get size(): number {
      return sessions.size;
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
