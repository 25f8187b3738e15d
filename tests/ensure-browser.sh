#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no test tool may download a browser here).
# On a fresh machine of this kind, install it; elsewhere, say what is missing.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH." >&2
exit 1
