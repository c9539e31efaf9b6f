#!/usr/bin/env bash
# The ClaimReview test expands JSON-LD with jsonld.js under Node (tests/jsonld/README.md): Node from Debian's packages,
# the processor from npm at the version package-lock.json pins.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --prefix tests/jsonld --no-audit --no-fund --silent
