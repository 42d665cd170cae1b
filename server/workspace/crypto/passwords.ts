import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords: argon2id (OWASP's second configuration: 19 MiB, 2 passes). Verifying an unknown email still
 * costs one hash, so the answer time does not tell which emails are members.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
let dummy: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (stored === undefined) {
    dummy ??= hashPassword('not a member: equal work');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
