import { PASSWORD_MIN } from '@contract';

/**
 * What is wrong with one field of the workspace forms (sign-in, set-up, joining, the account page),
 * checked before sending with the contract's own rules so a person sees it next to the field, in their
 * language. The server checks again; these only spare a round trip.
 */
export type Problem = 'required' | 'email' | 'passwordShort' | 'key' | 'code';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PARTNER_KEY = /^osk_[A-Za-z0-9_-]{8,200}$/;
const TOTP_CODE = /^\d{6}$/;

export function checkRequired(value: string): Problem | undefined {
  return value.trim() === '' ? 'required' : undefined;
}

export function checkEmail(value: string): Problem | undefined {
  return checkRequired(value) ?? (EMAIL.test(value.trim()) ? undefined : 'email');
}

/** A password being chosen (set-up, joining, changing it): at least PASSWORD_MIN characters. */
export function checkNewPassword(value: string): Problem | undefined {
  return value === '' ? 'required' : value.length < PASSWORD_MIN ? 'passwordShort' : undefined;
}

export function checkPartnerKey(value: string): Problem | undefined {
  return checkRequired(value) ?? (PARTNER_KEY.test(value.trim()) ? undefined : 'key');
}

/** The 6 digits an authenticator app shows (spaces people type between groups are ignored). */
export function checkCode(value: string): Problem | undefined {
  return checkRequired(value) ?? (TOTP_CODE.test(normaliseCode(value)) ? undefined : 'code');
}

export function normaliseCode(value: string): string {
  return value.replace(/\s+/g, '');
}

export function hasProblems(problems: Partial<Record<string, Problem>>): boolean {
  return Object.values(problems).some((problem) => problem !== undefined);
}
