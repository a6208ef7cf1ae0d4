#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for tests.
#   pg-cluster.sh start   -> prints the postgresql:// URL of a fresh database
#   pg-cluster.sh stop    -> stops the cluster and deletes it
#   pg-cluster.sh restart -> restarts the server (failure tests)
# Runs as root (drops to the postgres user, since initdb refuses root) or as a normal user.
set -euo pipefail
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PGDIR="${RECADO_PG_DIR:-/tmp/recado-pg-$(id -u)}"
PORT="${RECADO_PG_PORT:-54329}"
USER_NAME=recado
DB=recado_test

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -f "$PGDIR/data/postmaster.pid" ]; then
      as_owner "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PGDIR"
    mkdir -p "$PGDIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PGDIR"; fi
    as_owner "$PGBIN/initdb" -D "$PGDIR/data" -U "$USER_NAME" --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner mkdir -p "$PGDIR/sock"
    as_owner "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
      -o "-k $PGDIR/sock -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$DB"
    echo "postgresql://$USER_NAME@127.0.0.1:$PORT/$DB"
    ;;
  stop)
    as_owner "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
    ;;
  restart)
    as_owner "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w restart \
      -o "-k $PGDIR/sock -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
    ;;
  createdb)
    # pg-cluster.sh createdb NAME -> URL of a new empty database in the running cluster
    "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$2"
    echo "postgresql://$USER_NAME@127.0.0.1:$PORT/$2"
    ;;
  *)
    echo "usage: $0 start|stop|restart|createdb NAME" >&2; exit 2 ;;
esac
