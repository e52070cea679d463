#!/usr/bin/env bash
# Start or stop a throw-away PostgreSQL cluster for the test suite (initdb and the server
# refuse to run as root, so they run as the `postgres` user). Prints the URL on `start`.
#   scripts/pg_server.sh start  -> prints postgresql+psycopg://meapp:meapp@127.0.0.1:PORT/postgres
#   scripts/pg_server.sh stop
set -euo pipefail
DIR=${MEAPP_PG_DIR:-/tmp/meapp-pg}
PORT=${MEAPP_PG_PORT:-54329}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "PostgreSQL is not installed" >&2; exit 3; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

case "${1:-start}" in
  start)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$DIR"
      as_pg "$BIN/initdb -D $DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
    fi
    if ! as_pg "$BIN/pg_ctl -D $DIR status >/dev/null 2>&1"; then
      as_pg "$BIN/pg_ctl -D $DIR -l $DIR/server.log -w -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off' start >/dev/null"
    fi
    as_pg "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_roles WHERE rolname='meapp'\"" | grep -q 1 \
      || as_pg "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -qc \"CREATE ROLE meapp LOGIN SUPERUSER PASSWORD 'meapp'\""
    echo "postgresql+psycopg://meapp:meapp@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_pg "$BIN/pg_ctl -D $DIR -m fast stop >/dev/null 2>&1" || true
    rm -rf "$DIR"
    ;;
esac
