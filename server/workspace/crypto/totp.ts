import { authenticator } from 'otplib';

/** RFC 6238 codes (30 s steps, 6 digits); one step of clock drift either way is accepted. */
authenticator.options = { window: 1 };
const STEP_MS = 30_000;

export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

export function totpUri(secret: string, account: string): string {
  return authenticator.keyuri(account, 'Open Money dashboard', secret);
}

/**
 * The time step `code` belongs to (RFC 6238's counter), or null when it is not a current code. Callers record
 * the step a member last used (`members.claimTotpStep`) so the same code cannot be used twice.
 */
export function totpStep(secret: string, code: string, nowMs = Date.now()): number | null {
  const delta = authenticator.clone({ epoch: nowMs }).checkDelta(code, secret);
  return delta === null ? null : Math.floor(nowMs / STEP_MS) + delta;
}
