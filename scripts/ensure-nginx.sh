#!/usr/bin/env bash
# The deployment test serves the built app through Debian's nginx with deploy/nginx.conf
# (tests/browser/deployment-headers.test.ts), so that the headers it ships are the headers tested.
set -euo pipefail
nginx_path="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$nginx_path" ]; then
  exit 0
fi
echo "nginx is missing at $nginx_path. The test starts its own nginx on a free port as a child"
echo "process; the package's own service is kept from starting while it installs."
# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"
# policy-rc.d stops the package from starting its service on port 80 while it installs.
policy=/usr/sbin/policy-rc.d
if [ "$(id -u)" -eq 0 ] && [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
apt_install "for the deployment test" nginx
echo "Installed: $("$nginx_path" -v 2>&1)"
