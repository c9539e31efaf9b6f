#!/usr/bin/env bash
# Stops the server .ci/start-postgres.sh started; its data folder is the first argument.
set -u
[ -d "${1:-}" ] && runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$1/data" -m fast stop >/dev/null 2>&1
rm -rf "${1:-/nonexistent}"
exit 0
