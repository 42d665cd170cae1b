import { startCluster } from '../scripts/postgres-cluster';

/**
 * Vitest's global setup for the Node tests: unless TEST_DATABASE_URL names a database, a throwaway PostgreSQL
 * cluster (`scripts/postgres.sh`) lives for the run, and the test workers find it in TEST_DATABASE_URL. When
 * it cannot start, the PostgreSQL tests fail and say why (`testDatabaseUrl`).
 */
export default function setup(): (() => void) | undefined {
  if (process.env.TEST_DATABASE_URL) return undefined;
  try {
    const cluster = startCluster();
    process.env.TEST_DATABASE_URL = cluster.url;
    return () => cluster.stop();
  } catch (error) {
    console.error(`PostgreSQL did not start, the PostgreSQL tests will fail: ${String(error)}`);
    return undefined;
  }
}
