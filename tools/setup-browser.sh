#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser itself).
# Does nothing when /usr/bin/chromium is already there. Needs root or sudo for apt-get.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "setup-browser: installing Debian's chromium for the browser tests" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
