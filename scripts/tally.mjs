// Adds up the real counts from Vitest's and Playwright's JSON reports (plus the lint/type checks) into the
// one line CI reads. A report that is missing counts as one failure: a runner that crashed ran nothing.
import { existsSync, readFileSync } from 'node:fs';

const [checksPassed = '0', checksFailed = '0'] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);

function read(file) {
  if (!existsSync(file)) {
    console.log(`missing report ${file}: counted as 1 failed`);
    failed += 1;
    return null;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numTotalTestSuites > 0 && unit.success === false && unit.numFailedTests === 0 ? 1 : 0);
  console.log(`vitest: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
const e2e = read('reports/e2e.json');
if (e2e) {
  const s = e2e.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected + (e2e.errors?.length ?? 0);
  console.log(`playwright: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`);
}
if (passed === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
