#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core over
# WebDriver BiDi); no test tool may download a browser here. On a fresh machine of this kind,
# install them; elsewhere, say what is missing.
set -euo pipefail
need=()
if ! { [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; } && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
if ! { [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; } && ! command -v firefox-esr >/dev/null 2>&1; then need+=(firefox-esr); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${need[*]} for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  exit 0
fi
echo "The browser tests need ${need[*]}: install (Debian: sudo apt-get install ${need[*]}) or set CHROME_PATH / FIREFOX_PATH." >&2
exit 1
