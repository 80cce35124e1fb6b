#!/usr/bin/env bash
# The browser journeys drive Debian's Chromium through playwright-core (browser downloads fail here).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
echo "Chromium is missing at $chromium_path."
# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"
apt_install "for the browser tests" chromium fonts-dejavu-core
echo "Installed: $(/usr/bin/chromium --version)"
