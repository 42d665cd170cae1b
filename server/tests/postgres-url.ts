/**
 * The PostgreSQL the tests run on: TEST_DATABASE_URL when it names one, else the throwaway cluster Vitest's
 * global setup started (`server/tests/postgres-setup.ts`). Neither: the test fails and says what to install —
 * a PostgreSQL test is never skipped.
 */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error('no PostgreSQL for the tests: install it (apt-get install -y postgresql) or set TEST_DATABASE_URL');
  }
  return url;
}
