import * as z from 'zod/mini';
import { pageSchema } from './envelope';
import { PASSWORD_MIN, roleSchema } from './session';

/**
 * The dashboard server's own workspace routes (`/session`, `/workspace/*`): people, roles, sessions, the
 * partner key (never returned, only masked), two-factor, invitations and the audit log. Not part of the
 * partner API. Input schemas are strict (what we send); answers are tolerant.
 */

const email = z
  .pipe(
    z.string({ error: 'is required' }),
    z.transform((value) => value.trim().toLowerCase()),
  )
  .check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address'), z.maxLength(254, 'must be at most 254 characters'));
const newPassword = z
  .string({ error: 'is required' })
  .check(
    z.minLength(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`),
    z.maxLength(200, 'must be at most 200 characters'),
  );
const name = z
  .pipe(
    z.string({ error: 'is required' }),
    z.transform((value) => value.trim()),
  )
  .check(z.minLength(1, 'is required'), z.maxLength(80, 'must be at most 80 characters'));
const totpCode = z.string().check(z.regex(/^\d{6}$/, 'must be the 6 digits your authenticator app shows'));
const apiKey = z
  .string({ error: 'is required' })
  .check(z.regex(/^osk_[A-Za-z0-9_-]{8,200}$/, 'must look like osk_… (the key from the bot)'));

export const signInSchema = z.union([
  z.strictObject({ email, password: z.string({ error: 'is required' }), totp: z.optional(totpCode) }),
  z.strictObject({ demo: z.literal(true) }),
]);
export type SignIn = z.input<typeof signInSchema>;

export const setupSchema = z.union([
  z.strictObject({ name, email, password: newPassword, api_key: apiKey }),
  z.strictObject({ demo: z.literal(true) }),
]);
export type Setup = z.input<typeof setupSchema>;

export const partnerKeySchema = z.looseObject({
  masked: z.string(),
  updated_at: z.string(),
  updated_by: z.nullable(z.string()),
});
export type PartnerKey = z.infer<typeof partnerKeySchema>;
export const replaceKeySchema = z.strictObject({ api_key: apiKey });

export const inviteSchema = z.looseObject({
  id: z.string(),
  role: roleSchema,
  created_at: z.string(),
  expires_at: z.string(),
  created_by: z.string(),
});
export type Invite = z.infer<typeof inviteSchema>;
/** Only the answer to creating an invitation carries its token (shown once, as a `/join#<token>` link). */
export const createdInviteSchema = z.looseObject({ ...inviteSchema.shape, token: z.string() });
export const createInviteSchema = z.strictObject({ role: z.enum(['operator', 'support', 'viewer']) });

export const INVITE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;
const inviteToken = z.string().check(z.regex(INVITE_TOKEN_PATTERN, 'is not an invitation link'));
export const inviteCheckSchema = z.strictObject({ token: inviteToken });
export const inviteInfoSchema = z.looseObject({ role: roleSchema, expires_at: z.string(), invited_by: z.string() });
export const joinSchema = z.strictObject({ token: inviteToken, name, email, password: newPassword });

export const changeRoleSchema = z.strictObject({ role: roleSchema });

export const sessionInfoSchema = z.looseObject({
  id: z.string(),
  member_id: z.string(),
  current: z.boolean(),
  user_agent: z.string(),
  address: z.string(),
  created_at: z.string(),
  last_seen_at: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const twoFactorSetupSchema = z.looseObject({ secret: z.string(), otpauth_url: z.string() });
export const twoFactorCodeSchema = z.strictObject({ code: totpCode });
export const twoFactorPolicySchema = z.strictObject({ required: z.boolean() });
export const workspaceSettingsSchema = z.looseObject({ two_factor_required: z.boolean() });

export const changePasswordSchema = z.strictObject({ current: z.string(), next: newPassword });

export const AUDIT_ACTIONS = [
  'workspace.created',
  'sign_in',
  'sign_in.failed',
  'sign_out',
  'session.ended',
  'invite.created',
  'invite.revoked',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'password.changed',
  'key.changed',
  'two_factor.enabled',
  'two_factor.disabled',
  'two_factor.policy_changed',
  'order.created',
  'order.cancelled',
  'payment.started',
  'export',
  'bulk.created',
  'bulk.paused',
  'bulk.resumed',
  'bulk.cancelled',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.looseObject({
  id: z.string(),
  at: z.string(),
  /** The member who acted (null for a failed sign-in of an unknown email). */
  member_id: z.nullable(z.string()),
  member_name: z.nullable(z.string()),
  action: z.string(),
  /** Action-specific facts: order_id, idempotency_key, role, filters, rows, email… (strings and numbers). */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  address: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageSchema(auditEntrySchema);

/** `GET /workspace/audit` (and `/workspace/audit.csv`) query: instants are UTC ISO strings. */
export const auditQuerySchema = z.strictObject({
  member_id: z.optional(z.string()),
  action: z.optional(z.enum(AUDIT_ACTIONS)),
  from: z.optional(z.iso.datetime({ offset: true })),
  to: z.optional(z.iso.datetime({ offset: true })),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200))),
  offset: z.optional(z.coerce.number().check(z.int(), z.minimum(0))),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

/** What the browser reports so the log has it: a payment it handed to the wallet, an export it finished. */
export const paymentEventSchema = z.strictObject({
  kind: z.enum(['order', 'topup']),
  order_id: z.optional(z.number().check(z.int(), z.positive())),
  amount_nano: z.string().check(z.regex(/^\d{1,19}$/, 'must be nanotons')),
  messages: z.optional(z.number().check(z.int(), z.positive())),
  /** The orders one transaction paid, when it paid several: ids separated by commas (the log keeps scalars). */
  order_ids: z.optional(
    z.string().check(z.regex(/^\d{1,15}(,\d{1,15}){0,254}$/, 'must be up to 255 order ids separated by commas')),
  ),
});
export const exportEventSchema = z.strictObject({
  source: z.enum(['orders', 'transactions', 'stats', 'audit']),
  filters: z.record(z.string(), z.string()),
  rows: z.number().check(z.int(), z.minimum(0)),
});
