// One closing line over every runner, the form CI reads: "N passed, N failed".
// Fails when a report is missing, a test failed, or nothing ran at all.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, e2eFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} else missing.push(vitestFile);

if (existsSync(e2eFile)) {
  const e = JSON.parse(readFileSync(e2eFile, 'utf8')).stats;
  passed += e.expected;
  failed += e.unexpected + e.flaky;
  skipped += e.skipped;
} else missing.push(e2eFile);

for (const m of missing) console.error(`no report at ${m}: that runner did not finish`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
