// One closing line over every runner, the form CI reads: "N passed, N failed".
// Fails when a report is missing, a test failed, or nothing ran at all.
import { existsSync, readFileSync } from 'node:fs';

// Usage: node tests/summary.mjs VITEST_JSON E2E_JSON [E2E_JSON ...] (Playwright may run in several passes).
const [vitestFile, ...e2eFiles] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests;
  // A test file that fails to load runs no test: count it as a failure, not as nothing.
  failed += v.numFailedTests + (v.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} else missing.push(vitestFile);

for (const e2eFile of e2eFiles) {
  if (existsSync(e2eFile)) {
    const report = JSON.parse(readFileSync(e2eFile, 'utf8'));
    const e = report.stats;
    passed += e.expected;
    // Errors outside any test (a spec that fails to load) stop the run: each counts as a failure.
    failed += e.unexpected + e.flaky + (report.errors?.length ?? 0);
    skipped += e.skipped;
  } else missing.push(e2eFile);
}
if (e2eFiles.length === 0) missing.push('a Playwright report');

for (const m of missing) console.error(`no report at ${m}: that runner did not finish`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
