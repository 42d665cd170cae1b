import { authenticator } from 'otplib';

/** RFC 6238 codes (30 s steps, 6 digits); one step of clock drift either way is accepted. */
authenticator.options = { window: 1 };

export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

export function totpUri(secret: string, account: string): string {
  return authenticator.keyuri(account, 'Open Money dashboard', secret);
}

export function totpValid(secret: string, code: string): boolean {
  return authenticator.check(code, secret);
}
