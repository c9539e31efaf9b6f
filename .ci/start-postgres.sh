#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on 127.0.0.1 for the store's tests and prints its
# connection string; `stop-postgres.sh` with the same data folder stops it. Installs Debian's package
# when missing. PostgreSQL will not run as root, so the server runs as the postgres user in a fresh
# temporary folder, on the first free port from 54330.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
if [ ! -x "$PGBIN/initdb" ]; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PGROOT=$(mktemp -d /tmp/flowwatch-pg.XXXXXX)
chown postgres:postgres "$PGROOT"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
for PORT in $(seq "${FLOWWATCH_PG_PORT:-54330}" 54349); do
  if runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGROOT -c fsync=off" start >/dev/null 2>&1; then
    echo "$PGROOT" > "${FLOWWATCH_PG_STATE:-/dev/null}"
    echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
    exit 0
  fi
done
echo "could not start PostgreSQL on ports 54330-54349; see $PGROOT/log" >&2
exit 1
