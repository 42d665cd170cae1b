import type { Role } from '../../contract';
import { type SecretBox, secretBox } from './crypto/secret-box';
import { openStorage, type StorageConfig } from './db/connect';
import { auditStore } from './store/audit';
import { bulkJobStore } from './store/bulk-jobs';
import { bulkPace } from './store/bulk-pace';
import { bulkRowStore } from './store/bulk-rows';
import { exportStore } from './store/exports';
import { inviteStore } from './store/invites';
import { memberStore } from './store/members';
import { orderAuthorStore } from './store/order-authors';
import { type SessionLifetimes, sessionStore } from './store/sessions';
import { settingsStore } from './store/settings';
import { signInLimits } from './store/sign-in-limits';

export interface WorkspaceOptions {
  storage: StorageConfig;
  /** 32 bytes (see `loadSecretKey`). */
  secretKey: Buffer;
  now?: () => number;
  /** Failed sign-ins per account per minute (an address gets five times as many); 0 turns the limit off. */
  signInPerMinute?: number;
  sessions?: SessionLifetimes;
}

/** The dashboard's own data — people, sessions, the sealed partner key, the audit log — over one database. */
export function createWorkspace(options: WorkspaceOptions) {
  const now = options.now ?? Date.now;
  const { db, dialect, ready } = openStorage(options.storage);
  const box: SecretBox = secretBox(options.secretKey);
  const members = memberStore(db, now);
  const settings = settingsStore(db, box, now);
  return {
    db,
    dialect,
    ready,
    box,
    now,
    members,
    settings,
    sessions: sessionStore(db, now, options.sessions),
    invites: inviteStore(db, now),
    audit: auditStore(db, now),
    exports: exportStore(db, now),
    authors: orderAuthorStore(db, now),
    limits: signInLimits(db, now, options.signInPerMinute ?? 10),
    bulkJobs: bulkJobStore(db, now),
    bulkRows: bulkRowStore(db, dialect, now),
    bulkPace: bulkPace(db, dialect, now),
    /** No owner yet: the first visitor sets the workspace up. */
    async setupRequired(): Promise<boolean> {
      return (await members.owners()) === 0;
    },
    /**
     * Creates the workspace row (with the sealed key) and its owner in one transaction; false when a
     * workspace already exists (a second set-up, or a race with another instance).
     */
    async setUp(owner: { email: string; name: string; passwordHash: string }, apiKey: string): Promise<false | { id: string }> {
      return db.transaction().execute(async (trx) => {
        const claimed = await settingsStore(trx, box, now).initialise(apiKey, owner.name);
        if (!claimed) return false;
        const row = await memberStore(trx, now).create({ ...owner, role: 'owner' satisfies Role });
        return { id: row.id };
      });
    },
    close: () => db.destroy(),
  };
}
export type Workspace = ReturnType<typeof createWorkspace>;
