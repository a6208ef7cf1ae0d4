# What the load scripts share (sourced after ROOT and BUILD are set): the binaries, a work
# directory removed at exit with every process started (and the PostgreSQL test cluster
# stopped), and functions to pick ports, start a relay with its simulator, add a user and sign in.
LOADGEN="$BUILD/app/recado-loadgen"
RELAY="$BUILD/app/recado-relay"
METASIM="$BUILD/app/recado-metasim"
WORK="$(mktemp -d)"
SECRET=bench-secret
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true;
            "$ROOT/tests/support/pg-cluster.sh" stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 100); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done; return 1; }
result() { grep -o 'throughput: [0-9]* webhooks/s' "$1" | grep -o '[0-9]*' | head -1; }

start_relay() { # name database-url -> sets RELAY_PORT and RELAY_PID (no subshell, so both survive)
  # Meta's side is a simulator: it accepts the agent replies and sends their statuses back.
  local name=$1 db=$2 port sim; port=$(free_port); sim=$(free_port)
  env META_APP_SECRET=$SECRET META_VERIFY_TOKEN=v META_ACCESS_TOKEN=t META_PHONE_NUMBER_ID=106540352242922 \
      META_GRAPH_URL=http://127.0.0.1:$sim RECADO_DATA_DIR="$WORK/$name" RECADO_DATABASE="$db" \
      RECADO_LISTEN=127.0.0.1:$port RECADO_INSTANCE_ID=$name QT_LOGGING_RULES='*.info=false' \
      "$RELAY" serve >"$WORK/$name.log" 2>&1 &
  RELAY_PID=$!; pids+=($RELAY_PID)
  "$METASIM" --listen 127.0.0.1:$sim --webhook-url "http://127.0.0.1:$port/webhook" --rate 0 --reply-chance 0 \
      --no-verify --app-secret $SECRET --verify-token v --access-token t --phone-number-id 106540352242922 \
      >"$WORK/$name-metasim.log" 2>&1 &
  pids+=($!)
  wait_http "http://127.0.0.1:$port/healthz"
  RELAY_PORT=$port
}
add_user() { # database-url
  echo bench-password | env META_APP_SECRET=$SECRET META_VERIFY_TOKEN=v META_ACCESS_TOKEN=t META_PHONE_NUMBER_ID=1 \
    RECADO_DATA_DIR="$WORK/cli" RECADO_DATABASE="$1" "$RELAY" user add bench --role agent --password-stdin >/dev/null
}
token() { curl -s -d '{"username":"bench","password":"bench-password"}' "http://127.0.0.1:$1/api/session" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'; }
