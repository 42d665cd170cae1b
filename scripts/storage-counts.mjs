// Prints how many tests of the workspace storage suite passed on each database, from Vitest's JSON report
// (the suite's describe blocks are named "workspace storage on sqlite" / "… on postgres"), e.g.
//   workspace storage suite: sqlite 42 passed, postgres 43 passed
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/unit.json';
if (!existsSync(file)) {
  console.log(`workspace storage suite: no report (${file})`);
  process.exit(0);
}
const counts = { sqlite: { passed: 0, failed: 0, skipped: 0 }, postgres: { passed: 0, failed: 0, skipped: 0 } };
for (const result of JSON.parse(readFileSync(file, 'utf8')).testResults ?? []) {
  for (const test of result.assertionResults ?? []) {
    const dialect = /^workspace storage on (sqlite|postgres)$/.exec(test.ancestorTitles?.[0] ?? '')?.[1];
    if (!dialect) continue;
    const bucket = test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : 'skipped';
    counts[dialect][bucket] += 1;
  }
}
const line = (name, { passed, failed, skipped }) => {
  const other = [failed && `${failed} failed`, skipped && `${skipped} skipped`].filter(Boolean);
  return `${name} ${passed} passed${other.length ? ` (${other.join(', ')})` : ''}`;
};
console.log(`workspace storage suite: ${line('sqlite', counts.sqlite)}, ${line('postgres', counts.postgres)}`);
