import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret (session cookie, invitation link): 32 random bytes; only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A public, non-secret identifier (member, session, invitation). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
