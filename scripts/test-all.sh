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
# The workspace storage suite and the two-instance tests run on PostgreSQL too: Vitest's global setup
# (server/tests/postgres-setup.ts) starts a throwaway cluster for the run unless TEST_DATABASE_URL names one.
echo "── unit, component and API tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=reports/unit.json
echo "── end-to-end journeys (playwright)"
npx playwright test

node scripts/storage-counts.mjs reports/unit.json
node scripts/tally.mjs "$checks_passed" "$checks_failed"
