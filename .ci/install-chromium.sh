#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/Flowwatch.Web.Tests/Browser), once; idempotent.
set -euo pipefail
command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y chromium)
