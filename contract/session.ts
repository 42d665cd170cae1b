import * as z from 'zod/mini';
import { ROLES } from './roles';

/**
 * What every page needs about who is signed in (the session and its member), apart from the rest of the
 * workspace's shapes (`./workspace`), which only its own pages load.
 */
export const roleSchema = z.enum(ROLES);

/** The shortest password a member may choose. */
export const PASSWORD_MIN = 10;

export const memberSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  two_factor: z.boolean(),
  created_at: z.string(),
  last_seen_at: z.nullable(z.string()),
});
export type Member = z.infer<typeof memberSchema>;

/** `GET /session`: what this browser is, and what the workspace needs from it. */
export const sessionSchema = z.looseObject({
  mode: z.enum(['sandbox', 'upstream']),
  /** No owner yet: the sign-in page shows workspace set-up instead. */
  setup_required: z.boolean(),
  authenticated: z.boolean(),
  member: z.optional(z.nullable(memberSchema)),
  /** The owner requires two-factor and this member has none yet: only enrolment is allowed. */
  two_factor_enrolment_required: z.optional(z.boolean()),
  /** The sandbox's "continue as the demo owner" path is offered (sandbox mode only). */
  demo_available: z.boolean(),
  /** Sandbox only: the demo partner key, pre-filled on set-up. */
  demo_key: z.optional(z.string()),
});
export type Session = z.infer<typeof sessionSchema>;

/** `GET /workspace/order-authors?ids=1,2,3`: who created each order through the dashboard (absent: not us). */
export const orderAuthorsSchema = z.record(z.string(), z.looseObject({ member_id: z.string(), name: z.string() }));
export type OrderAuthors = z.infer<typeof orderAuthorsSchema>;
