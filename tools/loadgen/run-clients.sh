#!/usr/bin/env bash
# Many connected clients: one relay on SQLite at a steady webhook rate, with N stream clients
# (agents' desktops) each receiving every event, for each N given. Prints webhooks/s, ack and
# webhook -> event latency, the relay's resident memory and the CPU its threads used (user and
# kernel), so the cost of each connected client can be read off.
# Usage: tools/loadgen/run-clients.sh [TOTAL] [RATE] [CLIENTS...]
#        (default: 10000 webhooks at 1000/s with 1, 50 and 200 clients)
# Runs with drafting off unless RECADO_AI_POLICY is set.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${RECADO_BUILD_DIR:-$ROOT/build}"
TOTAL="${1:-10000}"
RATE="${2:-1000}"
shift $(($# < 2 ? $# : 2))
CLIENTS=("$@")
[ ${#CLIENTS[@]} -eq 0 ] && CLIENTS=(1 50 200)
export RECADO_AI_POLICY="${RECADO_AI_POLICY:-off}"
source "$ROOT/tools/loadgen/load-common.sh" # binaries, work dir, cleanup, relay start, token

# "thread user-ms kernel-ms" for each thread of a process (clock ticks of 10 ms).
thread_cpu() { for t in /proc/"$1"/task/*; do echo "$(cat "$t/comm") $(awk '{print $14 * 10, $15 * 10}' "$t/stat")"; done; }
# The relay's threads that used more than 50 ms between two thread_cpu snapshots.
cpu_used() { paste "$1" "$2" | awk '{u = $5 - $2; k = $6 - $3; if (u + k > 50) printf "%s %d + %d ms, ", $1, u, k}' | sed 's/, $//'; }

echo "# Recado clients run: $(date -u +%FT%TZ), $(nproc) cores, $TOTAL webhooks at $RATE/s, AI policy $RECADO_AI_POLICY"
DB="sqlite:$WORK/sqlite/relay.db"; add_user "$DB"
start_relay sqlite "$DB"; P=$RELAY_PORT; PID=$RELAY_PID
echo "| stream clients | webhooks/s | ack p50 / p99 | webhook -> event p50 / p99 | relay RSS | relay threads' CPU (user + kernel) |"
echo "| --- | --- | --- | --- | --- | --- |"
for clients in "${CLIENTS[@]}"; do
  out="$WORK/clients-$clients.txt"
  thread_cpu "$PID" >"$WORK/before"
  "$LOADGEN" --relay "http://127.0.0.1:$P" --secret $SECRET --token "$(token "$P")" --total "$TOTAL" \
    --connections 64 --rate "$RATE" --clients "$clients" --pid "$PID" >"$out"
  thread_cpu "$PID" >"$WORK/after"
  latency() { grep -o "$1 p50 [0-9.]* ms, p99 [0-9.]* ms" "$out" | sed 's/.* p50 \([0-9.]*\) ms, p99 \([0-9.]*\) ms/\1 \/ \2 ms/'; }
  rss=$(grep -o 'resident memory of pid [0-9]*: [0-9]* MiB' "$out" | sed 's/.*: //')
  echo "| $clients | $(result "$out") | $(latency 'ack latency:') | $(latency 'events,') | $rss | $(cpu_used "$WORK/before" "$WORK/after") |"
done
