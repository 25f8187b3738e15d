#!/usr/bin/env bash
# The test suite drives Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core over
# WebDriver BiDi), serves a base-path build with nginx, and validates HTML with the Nu checker
# (Java). No test tool may download a browser here. On a fresh Debian machine, install what is
# missing; elsewhere, say what is missing.
set -euo pipefail
need=()
if ! { [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; } && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
if ! { [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; } && ! command -v firefox-esr >/dev/null 2>&1; then need+=(firefox-esr); fi
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${need[*]} for the tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # policy-rc.d 101: install nginx without starting it as a service; the tests start their own.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
  exit 0
fi
echo "The tests need ${need[*]}: install them (Debian: sudo apt-get install ${need[*]}) or set CHROME_PATH / FIREFOX_PATH." >&2
exit 1
