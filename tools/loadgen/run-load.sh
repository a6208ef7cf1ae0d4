#!/usr/bin/env bash
# Measures, in one run on this machine: the two ceilings (a static nginx endpoint and the minimal
# QHttpServer route), the relay on SQLite, and the relay on PostgreSQL with one and two instances.
# Usage: tools/loadgen/run-load.sh [TOTAL] [CONNECTIONS]      (after scripts/test.sh or a build)
# REPLIES=50 (default) sets the agent replies per second of the mixed rows; each relay sends
# through a recado-metasim playing Meta, which answers with sent/delivered/read webhooks.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${RECADO_BUILD_DIR:-$ROOT/build}"
TOTAL="${1:-20000}"
CONN="${2:-64}"
REPLIES="${REPLIES:-50}"
source "$ROOT/tools/loadgen/load-common.sh" # binaries, work dir, cleanup, relay start, token


echo "# Recado load run: $(date -u +%FT%TZ), $(nproc) cores, $TOTAL webhooks, $CONN connections"

# 1. nginx static endpoint: what loopback HTTP allows here.
NGINX_PORT=$(free_port); mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
error_log $WORK/nginx/error.log;
pid $WORK/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_max_body_size 4m;
  client_body_temp_path $WORK/nginx;
  server { listen 127.0.0.1:$NGINX_PORT; location / { default_type application/json; return 200 '{"ok":true}'; } }
}
NGINX
nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' & pids+=($!)
sleep 0.5
"$LOADGEN" --relay "http://127.0.0.1:$NGINX_PORT" --secret $SECRET --total "$TOTAL" --connections "$CONN" | tee "$WORK/nginx.txt"
echo "== above: nginx static endpoint (ceiling 1)"

# 2. Minimal QHttpServer route: signature check + JSON parse + 200.
CEIL_PORT=$(free_port)
"$LOADGEN" --ceiling "127.0.0.1:$CEIL_PORT" --secret $SECRET >/dev/null & pids+=($!)
sleep 0.5
"$LOADGEN" --relay "http://127.0.0.1:$CEIL_PORT" --secret $SECRET --total "$TOTAL" --connections "$CONN" | tee "$WORK/qhttp.txt"
echo "== above: minimal QHttpServer route (ceiling 2)"

# 3. Relay on SQLite (durable: WAL + synchronous=FULL).
DB="sqlite:$WORK/sqlite/relay.db"; add_user "$DB"
start_relay sqlite "$DB"; P=$RELAY_PORT; SQLITE_PID=$RELAY_PID
"$LOADGEN" --relay "http://127.0.0.1:$P" --secret $SECRET --token "$(token "$P")" --total "$TOTAL" --connections "$CONN" --pid $SQLITE_PID | tee "$WORK/sqlite.txt"
echo "== above: relay on SQLite, one instance"
"$LOADGEN" --relay "http://127.0.0.1:$P" --secret $SECRET --token "$(token "$P")" --total "$TOTAL" --connections "$CONN" --replies "$REPLIES" --pid $SQLITE_PID | tee "$WORK/sqlite-mixed.txt"
echo "== above: relay on SQLite, one instance, with $REPLIES agent replies/s"
kill $SQLITE_PID

# 4. PostgreSQL with one relay, then two relays sharing it.
PG=$("$ROOT/tests/support/pg-cluster.sh" start)
add_user "$PG"
start_relay pg1 "$PG"; P1=$RELAY_PORT; PID1=$RELAY_PID
"$LOADGEN" --relay "http://127.0.0.1:$P1" --secret $SECRET --token "$(token "$P1")" --total "$TOTAL" --connections "$CONN" --pid $PID1 | tee "$WORK/pg1.txt"
echo "== above: relay on PostgreSQL, one instance"
start_relay pg2 "$PG"; P2=$RELAY_PORT; PID2=$RELAY_PID
"$LOADGEN" --relay "http://127.0.0.1:$P1" --relay "http://127.0.0.1:$P2" --stream-relay "http://127.0.0.1:$P2" \
  --secret $SECRET --token "$(token "$P1")" --total "$TOTAL" --connections "$CONN" --pid $PID1 --pid $PID2 | tee "$WORK/pg2.txt"
echo "== above: relay on PostgreSQL, two instances (latency measured on instance 2's stream for webhooks to both)"
"$LOADGEN" --relay "http://127.0.0.1:$P1" --relay "http://127.0.0.1:$P2" --stream-relay "http://127.0.0.1:$P2" \
  --secret $SECRET --token "$(token "$P1")" --total "$TOTAL" --connections "$CONN" --replies "$REPLIES" --pid $PID1 --pid $PID2 | tee "$WORK/pg2-mixed.txt"
echo "== above: relay on PostgreSQL, two instances, with $REPLIES agent replies/s"

N=$(result "$WORK/nginx.txt"); Q=$(result "$WORK/qhttp.txt"); S=$(result "$WORK/sqlite.txt")
SM=$(result "$WORK/sqlite-mixed.txt"); P1R=$(result "$WORK/pg1.txt"); P2R=$(result "$WORK/pg2.txt")
P2M=$(result "$WORK/pg2-mixed.txt")
replies() { grep -o 'agent replies:.*' "$1" | sed 's/agent replies: //' || true; }
echo
echo "| configuration | webhooks/s | share of nginx | share of QHttpServer ceiling | agent replies |"
echo "| --- | --- | --- | --- | --- |"
for row in "nginx static:$N:" "QHttpServer minimal:$Q:" "relay SQLite:$S:sqlite" "relay SQLite + $REPLIES replies/s:$SM:sqlite-mixed" \
           "relay PostgreSQL x1:$P1R:pg1" "relay PostgreSQL x2:$P2R:pg2" "relay PostgreSQL x2 + $REPLIES replies/s:$P2M:pg2-mixed"; do
  IFS=: read -r name v file <<<"$row"
  echo "| $name | $v | $(( v * 100 / (N>0?N:1) ))% | $(( v * 100 / (Q>0?Q:1) ))% | $( [ -n "$file" ] && replies "$WORK/$file.txt") |"
done
