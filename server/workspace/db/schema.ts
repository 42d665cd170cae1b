import type { Generated } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The dashboard's own tables (not the partner API's data): one workspace row, its members, their sessions,
 * invitations, the append-only audit log, who created which order, and sign-in failure windows.
 * Instants are epoch milliseconds (bigint in PostgreSQL, read back as numbers).
 */
export interface WorkspaceRow {
  id: number;
  /** AES-256-GCM sealed partner key; null until set up. */
  key_sealed: string | null;
  key_last4: string | null;
  key_updated_at: number | null;
  key_updated_by: string | null;
  two_factor_required: number;
  created_at: number;
}

export interface MemberRow {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  /** Sealed TOTP secret once confirmed; `totp_pending` holds one being set up. */
  totp_sealed: string | null;
  totp_pending: string | null;
  /** The time step of the last code this member used: a code is good once (replays within its window fail). */
  totp_last_step: number | null;
  created_at: number;
}

export interface SessionRow {
  id: string;
  token_hash: string;
  member_id: string;
  created_at: number;
  last_seen_at: number;
  user_agent: string;
  address: string;
}

export interface InviteRow {
  id: string;
  token_hash: string;
  role: string;
  created_by: string;
  created_by_name: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  revoked_at: number | null;
}

export interface AuditRow {
  seq: Generated<number>;
  at: number;
  member_id: string | null;
  member_name: string | null;
  action: string;
  detail: string;
  address: string;
}

export interface OrderAuthorRow {
  order_id: number;
  member_id: string;
  member_name: string;
  created_at: number;
}

export interface SignInFailureRow {
  bucket: string;
  window_start: number;
  failures: number;
}

export interface BulkJobRow {
  id: string;
  /** The browser's id for the intent: the same submission twice is the same job. */
  request_id: string;
  status: string;
  paused_reason: string | null;
  payment_method: string;
  payment_currency: string;
  file_name: string | null;
  total: number;
  created_by: string;
  created_by_name: string;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
}

export interface BulkRowRow {
  job_id: string;
  row: number;
  recipient: string;
  product: string;
  quantity: number | null;
  months: number | null;
  client_reference: string | null;
  /** pending → done | failed | cancelled */
  state: string;
  attempts: Generated<number>;
  /** Backoff: not claimed again before this instant. */
  next_attempt_at: Generated<number>;
  lease_owner: string | null;
  lease_until: number | null;
  order_id: number | null;
  payment_memo: string | null;
  payment_address: string | null;
  amount_nano: string | null;
  order_status: string | null;
  expires_at: string | null;
  error_code: string | null;
  error: string | null;
  finished_at: number | null;
  /** The worker (one per process) that recorded the outcome. */
  finished_by: string | null;
}

/** One row: the earliest instant the next create may be sent, shared by every worker of every instance. */
export interface BulkPaceRow {
  id: number;
  next_at: number;
}

export interface ExportRunRow {
  id: string;
  member_id: string;
  /** The validated `ExportRequest`, as JSON. */
  request: string;
  file_name: string;
  state: string;
  rows_written: number;
  rows_total: number | null;
  /** Why it failed: an error code of the contract and the words behind it. */
  error_code: string | null;
  error: string | null;
  created_at: number;
  /** Heartbeat while running: a run whose instance died stops moving. */
  updated_at: number;
}

export interface WorkspaceTables {
  workspace: WorkspaceRow;
  members: MemberRow;
  sessions: SessionRow;
  invites: InviteRow;
  audit_log: AuditRow;
  order_authors: OrderAuthorRow;
  sign_in_failures: SignInFailureRow;
  bulk_jobs: BulkJobRow;
  bulk_rows: BulkRowRow;
  bulk_pace: BulkPaceRow;
  export_runs: ExportRunRow;
}
