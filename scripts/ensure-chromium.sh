#!/usr/bin/env bash
# The browser journeys drive Debian's Chromium through playwright-core (browser downloads fail here).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
echo "Chromium is missing at $chromium_path: installing Debian's 'chromium' package for the browser tests (apt-get)…"
if [ "$(id -u)" -ne 0 ]; then
  echo "Not root: install it yourself with 'sudo apt-get install chromium', then run the tests again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
echo "Installed: $(/usr/bin/chromium --version)"
