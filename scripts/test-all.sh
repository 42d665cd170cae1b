#!/usr/bin/env bash
# Runs every check: lint + format, type check, unit/component/API tests (Vitest; the workspace storage
# suite on SQLite and on a throwaway PostgreSQL), end-to-end journeys (Playwright, real server + sandbox in
# Debian's Chromium). Prints the storage suite's count per database, then ends with "N passed, N failed"
# built from the real counts (lint, boundaries and type check count as one check each) and exits non-zero
# on any failure.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json

checks_passed=0
checks_failed=0
step() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then checks_passed=$((checks_passed + 1)); else checks_failed=$((checks_failed + 1)); echo "✗ $name failed"; fi
}

step "lint and format (biome)" npx biome check .
step "architecture boundaries (dependency-cruiser)" npm run --silent lint:boundaries
step "type check (tsc)" npm run --silent typecheck
# The workspace storage suite and the two-instance test run on PostgreSQL too: a throwaway cluster
# (scripts/postgres.sh) lives for the Vitest run unless TEST_DATABASE_URL already names a database.
PG_TEST_DIR=
stop_postgres() {
  if [[ -n $PG_TEST_DIR ]]; then bash scripts/postgres.sh stop "$PG_TEST_DIR"; fi
  PG_TEST_DIR=
}
trap stop_postgres EXIT
if [[ -z ${TEST_DATABASE_URL:-} ]]; then
  echo "── PostgreSQL for the storage tests (scripts/postgres.sh)"
  if pg_env=$(bash scripts/postgres.sh start); then
    eval "$pg_env"
    export TEST_DATABASE_URL
  else
    echo "✗ PostgreSQL did not start: the PostgreSQL tests will fail"
  fi
fi
echo "── unit, component and API tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=reports/unit.json
stop_postgres
echo "── end-to-end journeys (playwright)"
npx playwright test

node scripts/storage-counts.mjs reports/unit.json
node scripts/tally.mjs "$checks_passed" "$checks_failed"
