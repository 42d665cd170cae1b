import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SCRIPT = fileURLToPath(new URL('../../scripts/postgres.sh', import.meta.url));

export interface Cluster {
  /** `postgres://postgres@127.0.0.1:<port>/dashboard_test` */
  url: string;
  /** Stops the cluster and removes its directory (again: nothing). */
  stop(): void;
}

/** A throwaway cluster started by `scripts/postgres.sh` (see there: unprivileged user, 127.0.0.1, free port). */
export function startCluster(): Cluster {
  const output = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const vars = new Map(
    output
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const dir = vars.get('PG_TEST_DIR');
  const url = vars.get('TEST_DATABASE_URL');
  if (!dir || !url) throw new Error(`scripts/postgres.sh start printed no cluster:\n${output}`);
  let stopped = false;
  return {
    url,
    stop() {
      if (stopped) return;
      stopped = true;
      execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'inherit' });
    },
  };
}

async function run(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const scratchName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

/**
 * A schema of its own on that database: the returned URL puts it first on the search path, so migrations
 * and queries land there; `drop` removes it with everything in it (the audit log refuses DELETE, not DROP).
 */
export async function freshSchema(url: string, prefix = 'scratch'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = scratchName(prefix);
  await run(url, `CREATE SCHEMA ${name}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${name}`);
  return { url: scoped.toString(), drop: () => run(url, `DROP SCHEMA ${name} CASCADE`) };
}

/** A database of its own on that cluster (for whole servers, which open their own pools); `drop` forces it away. */
export async function freshDatabase(url: string, prefix = 'scratch'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = scratchName(prefix);
  await run(url, `CREATE DATABASE ${name}`);
  const scoped = new URL(url);
  scoped.pathname = `/${name}`;
  return { url: scoped.toString(), drop: () => run(url, `DROP DATABASE ${name} WITH (FORCE)`) };
}
