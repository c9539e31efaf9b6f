#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on 127.0.0.1:54330 for the store's tests and prints the
# connection string. Installs Debian's package when missing. PostgreSQL will not run as root, so the
# server runs as the postgres user in a fresh temporary folder.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
if [ ! -x "$PGBIN/initdb" ]; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PORT="${FLOWWATCH_PG_PORT:-54330}"
PGROOT=$(mktemp -d)
chown postgres:postgres "$PGROOT"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGROOT -c fsync=off" start >/dev/null
echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
