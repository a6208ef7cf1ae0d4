#!/usr/bin/env bash
# The demo a new user sees: sets up the machine, builds, then starts the relay on SQLite, the Meta
# simulator playing customers, and the desktop client. Ctrl+C stops everything.
#   scripts/demo.sh                 (the README's first command)
#   RECADO_DEMO_HEADLESS=1 scripts/demo.sh   relay + simulator only (no display needed)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
BUILD_DIR="${RECADO_BUILD_DIR:-$ROOT/build}"
export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j2 --target recado-relay recado-metasim $( [ -d app/desktop ] && echo recado )

DEMO_DIR="${RECADO_DEMO_DIR:-$HOME/.local/share/recado-demo}"
mkdir -p "$DEMO_DIR"
RELAY_PORT="${RECADO_DEMO_RELAY_PORT:-8080}"
SIM_PORT="${RECADO_DEMO_SIM_PORT:-8081}"

# Demo-only secrets, shared by the relay and the simulator (a real deployment uses Meta's).
export META_APP_SECRET=demo-app-secret META_VERIFY_TOKEN=demo-verify-token
export META_ACCESS_TOKEN=demo-access-token META_PHONE_NUMBER_ID=106540352242922 META_WABA_ID=102290129340398
export RECADO_DATA_DIR="$DEMO_DIR" RECADO_DATABASE="sqlite:$DEMO_DIR/relay.db"
export RECADO_LISTEN="127.0.0.1:$RELAY_PORT" META_GRAPH_URL="http://127.0.0.1:$SIM_PORT"
# AI drafts: every simulated customer message gets a draft that waits for a person (the builtin
# drafter, offline). RECADO_AI_POLICY=auto lets greetings/thanks/FAQ go out by themselves.
export RECADO_AI_POLICY="${RECADO_AI_POLICY:-draft}"

RELAY="$BUILD_DIR/app/recado-relay"
SIM="$BUILD_DIR/app/recado-metasim"
if [ ! -f "$DEMO_DIR/.users-created" ]; then
  echo "demo-password" | "$RELAY" user add demo --role admin --display-name "Demo Admin" --password-stdin
  echo "agent-password" | "$RELAY" user add lucia --role agent --display-name "Lucía (agent)" --password-stdin
  echo "super-password" | "$RELAY" user add marta --role supervisor --display-name "Marta (supervisor)" --password-stdin
  touch "$DEMO_DIR/.users-created"
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

"$RELAY" serve >"$DEMO_DIR/relay.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$RELAY_PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
"$BUILD_DIR/app/recado-metasim" --listen "127.0.0.1:$SIM_PORT" --webhook-url "http://127.0.0.1:$RELAY_PORT/webhook" \
  --rate "${RECADO_DEMO_RATE:-0.2}" --customers "${RECADO_DEMO_CUSTOMERS:-12}" >"$DEMO_DIR/metasim.log" 2>&1 &
pids+=($!)

# A few service requests so conversations can be linked.
TOKEN=$(curl -fs -d '{"username":"demo","password":"demo-password"}' "http://127.0.0.1:$RELAY_PORT/api/session" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
if [ -n "$TOKEN" ] && [ ! -f "$DEMO_DIR/.requests-created" ]; then
  for r in \
    '{"id":"SR-1042","service_type":"Reparación de lavadora","customer_name":"María López","contact_phone":"+525512345678","address":"Av. Insurgentes Sur 1234, CDMX","requested_date":"2026-11-24","status":"scheduled","technician":"Jorge Ramírez","vendor":"ServiTec"}' \
    '{"id":"SR-1043","service_type":"Instalação de ar-condicionado","customer_name":"João Silva","contact_phone":"+5511987654321","address":"Rua Augusta 500, São Paulo","requested_date":"2026-11-25","status":"open","vendor":"FrioBom"}' \
    '{"id":"SR-1044","service_type":"Refrigerator repair","customer_name":"Emily Carter","contact_phone":"+14155550123","address":"200 Market St, San Francisco","requested_date":"2026-11-23","status":"en_route","technician":"Sam Lee"}'; do
    curl -fs -H "Authorization: Bearer $TOKEN" -d "$r" "http://127.0.0.1:$RELAY_PORT/api/service-requests" >/dev/null || true
  done
  touch "$DEMO_DIR/.requests-created"
fi

# Templates: the relay's start-up sync ran before the simulator listened. Submit the templates
# Recado ships (the simulator approves them in half a second, by webhook, like Meta), then read
# the whole catalogue again, so the template picker has approved templates in es, pt_BR and en.
if [ -n "$TOKEN" ]; then
  for f in resources/templates/*.json; do
    base="$(basename "$f" .json)"; name="${base%.*}"; lang="${base##*.}"
    curl -fs -H "Authorization: Bearer $TOKEN" -d "{\"name\":\"$name\",\"language\":\"$lang\"}" \
      "http://127.0.0.1:$RELAY_PORT/api/templates" >/dev/null 2>&1 || true
  done
  sleep 1
  curl -fs -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$RELAY_PORT/api/templates/sync" >/dev/null 2>&1 || true
fi

# A customer who wrote two days ago: their 24-hour window is closed, so only a template reaches
# them ("Send template…" in the composer). The webhook is signed like Meta's.
OLD_TS=$(( $(date +%s) - 2 * 24 * 3600 ))
curl -fs -H 'Content-Type: application/json' -d "{\"name\":\"Rosa Martínez\",\"last_inbound\":$OLD_TS}" \
  "http://127.0.0.1:$SIM_PORT/_sim/customers/5215544443333" >/dev/null 2>&1 || true
BODY="{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"$META_WABA_ID\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"$META_PHONE_NUMBER_ID\"},\"contacts\":[{\"profile\":{\"name\":\"Rosa Martínez\"},\"wa_id\":\"5215544443333\"}],\"messages\":[{\"from\":\"5215544443333\",\"id\":\"wamid.demo.closed-window\",\"timestamp\":\"$OLD_TS\",\"type\":\"text\",\"text\":{\"body\":\"Buenas tardes, ¿me pueden mandar la fecha de la visita?\"}}]}}]}]}"
SIG=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$META_APP_SECRET" | sed 's/^.* //')
curl -fs -H 'Content-Type: application/json' -H "X-Hub-Signature-256: sha256=$SIG" -d "$BODY" \
  "http://127.0.0.1:$RELAY_PORT/webhook" >/dev/null 2>&1 || true

cat <<INFO

  Recado demo is running.
    relay      http://127.0.0.1:$RELAY_PORT   (log: $DEMO_DIR/relay.log)
    simulator  http://127.0.0.1:$SIM_PORT   (customers write every few seconds; log: $DEMO_DIR/metasim.log)
    sign in    relay URL http://127.0.0.1:$RELAY_PORT, user demo / demo-password
               (also lucia / agent-password, marta / super-password)
    AI drafts  open a conversation: the AI's draft is beside the thread (Approve, Edit, Reject).
               demo and marta (admin, supervisor) also get View > AI drafts review… (Ctrl+Shift+D):
               every draft and auto-sent reply, the diffs of edited replies, and the figures.
    templates  Rosa Martínez wrote two days ago: her window is closed, so use "Send template…";
               File > New message… (Ctrl+N) starts a conversation with any number.

INFO

CLIENT="$BUILD_DIR/app/desktop/recado"
if [ "${RECADO_DEMO_HEADLESS:-0}" != "1" ] && [ -x "$CLIENT" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  RECADO_DEFAULT_RELAY="http://127.0.0.1:$RELAY_PORT" "$CLIENT"
else
  [ -x "$CLIENT" ] && echo "  No display found: run the client with  DISPLAY=... $CLIENT"
  echo "  Press Ctrl+C to stop."
  wait
fi
