#!/usr/bin/env bash
# Agents' replies against one relay on PostgreSQL at chosen webhook rates: where a relay stops
# answering agents quickly. Runs with the relay's default AI policy (drafting on) unless
# RECADO_AI_POLICY is set; a rate of 0 means as fast as the relay accepts.
# Usage: tools/loadgen/run-rated.sh [TOTAL] [RATE...]   (default: 5000 webhooks at 150 250 0)
# REPLIES=50 (default) sets the agent replies per second sent alongside.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${RECADO_BUILD_DIR:-$ROOT/build}"
TOTAL="${1:-5000}"
shift || true
RATES=("$@")
[ ${#RATES[@]} -eq 0 ] && RATES=(150 250 0)
REPLIES="${REPLIES:-50}"
source "$ROOT/tools/loadgen/load-common.sh" # binaries, work dir, cleanup, relay start, token

echo "# Recado rated run: $(date -u +%FT%TZ), $(nproc) cores, $TOTAL webhooks per rate, $REPLIES replies/s"
PG=$("$ROOT/tests/support/pg-cluster.sh" start)
add_user "$PG"
start_relay pg1 "$PG"; P=$RELAY_PORT; PID=$RELAY_PID
echo "| webhooks offered | webhooks/s | ack p50 / p99 | reply POST -> 202 p50 / p99 |"
echo "| --- | --- | --- | --- |"
for rate in "${RATES[@]}"; do
  out="$WORK/rate-$rate.txt"
  "$LOADGEN" --relay "http://127.0.0.1:$P" --secret $SECRET --token "$(token "$P")" --total "$TOTAL" \
    --connections 64 --rate "$rate" --replies "$REPLIES" --pid "$PID" >"$out"
  ack=$(grep -o 'ack latency: p50 [0-9.]* ms, p99 [0-9.]* ms' "$out" | sed 's/ack latency: p50 \([0-9.]*\) ms, p99 \([0-9.]*\) ms/\1 \/ \2 ms/')
  reply=$(grep -o 'POST -> 202 p50 [0-9.]* ms, p99 [0-9.]* ms' "$out" | sed 's/POST -> 202 p50 \([0-9.]*\) ms, p99 \([0-9.]*\) ms/\1 \/ \2 ms/')
  echo "| $( [ "$rate" = 0 ] && echo "as fast as accepted" || echo "$rate/s") | $(result "$out") | $ack | $reply |"
done
