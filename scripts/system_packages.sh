#!/usr/bin/env bash
# Debian packages the tests need: Chromium and Noto fonts for the browser tests, gettext for the
# catalogue checks. Installs what is missing when it may (root, or sudo without a password);
# otherwise says what to install, and the browser tests skip with a message.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
command -v msgfmt >/dev/null 2>&1 || need+=(gettext)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "system packages missing: ${need[*]} (apt-get install ${need[*]})" >&2
  exit 0
fi
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
  "${need[@]}" >/dev/null
