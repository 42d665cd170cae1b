import { randomBytes } from 'node:crypto';
import { afterEach, describe } from 'vitest';
import { freshSchema } from '../../scripts/postgres-cluster';
import type { StorageConfig } from '../../workspace/db/connect';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../workspace/workspace';
import { testDatabaseUrl } from '../postgres-url';

export type Dialect = 'sqlite' | 'postgres';
export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** A clock the test moves by hand: sessions, invitations and sign-in windows read it, nothing sleeps. */
export function manualClock(start = Date.parse('2026-03-02T09:00:00Z')) {
  let at = start;
  return {
    now: () => at,
    advance(ms: number) {
      at += ms;
    },
  };
}

export interface StorageContext {
  dialect: Dialect;
  /** A workspace on a database of its own (SQLite in memory, or a fresh PostgreSQL schema), migrated. */
  open(options?: Partial<Omit<WorkspaceOptions, 'storage' | 'secretKey'>>): Promise<Workspace>;
  /**
   * Another instance on the same database, as a second server would open it (own pool, same secret). On
   * SQLite one process owns the file, so this is the same workspace: its calls are serialised on one connection.
   */
  peer(workspace: Workspace): Promise<Workspace>;
}

function context(dialect: Dialect): StorageContext {
  const opened = new Map<Workspace, { storage: StorageConfig; secretKey: Buffer; options: Partial<WorkspaceOptions> }>();
  const drops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all([...opened.keys()].map((workspace) => workspace.close()));
    opened.clear();
    await Promise.all(drops.splice(0).map((drop) => drop()));
  });
  async function start(storage: StorageConfig, secretKey: Buffer, options: Partial<WorkspaceOptions>) {
    const workspace = createWorkspace({ signInPerMinute: 0, ...options, storage, secretKey });
    opened.set(workspace, { storage, secretKey, options });
    await workspace.ready;
    return workspace;
  }
  return {
    dialect,
    async open(options = {}) {
      if (dialect === 'sqlite') return start({ kind: 'sqlite', file: ':memory:' }, randomBytes(32), options);
      const schema = await freshSchema(testDatabaseUrl(), 'storage');
      drops.push(schema.drop);
      return start({ kind: 'postgres', url: schema.url, poolSize: 4 }, randomBytes(32), options);
    },
    async peer(workspace) {
      const first = opened.get(workspace);
      if (!first) throw new Error('peer() needs a workspace from open()');
      return dialect === 'sqlite' ? workspace : start(first.storage, first.secretKey, first.options);
    },
  };
}

/**
 * The same tests on SQLite and on PostgreSQL, under `workspace storage on sqlite|postgres` (the names
 * `scripts/tally.mjs` counts by), PostgreSQL on the cluster Vitest's global setup started (or TEST_DATABASE_URL).
 */
export function storageSuite(name: string, define: (ctx: StorageContext) => void): void {
  for (const dialect of DIALECTS) {
    describe(`workspace storage on ${dialect}`, () => {
      describe(name, () => {
        define(context(dialect));
      });
    });
  }
}

export const OWNER = { email: 'owner@example.com', name: 'Olga Owner', passwordHash: 'argon2-hash-of-owner' };
export const PARTNER_KEY = 'osk_live_partner_key_9f3a';

/** Sets the workspace up (row with the sealed key + owner): sessions resolve only in a set-up workspace. */
export async function setUpWorkspace(workspace: Workspace): Promise<string> {
  const created = await workspace.setUp(OWNER, PARTNER_KEY);
  if (!created) throw new Error('the workspace was already set up');
  return created.id;
}
