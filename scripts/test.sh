#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds everything and runs every test through CTest.
# Usage: scripts/test.sh            (the README's test command; .ci/run calls exactly this)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh

BUILD_DIR="${RECADO_BUILD_DIR:-$ROOT/build}"
# Relative paths in ccache's hashes: a fresh clone elsewhere still hits the cache.
export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" -j2

# Layering and formatting are hard gates (scripts/check-layering.sh, scripts/check-format.sh).
bash scripts/check-layering.sh
bash scripts/check-format.sh

# Tests run inside a private D-Bus session with an unlocked throwaway keyring, so the
# QtKeychain integration test talks to a real Secret Service without touching the user's.
TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$TEST_HOME"' EXIT
mkdir -p "$TEST_HOME/home" "$TEST_HOME/xdg"
chmod 700 "$TEST_HOME/xdg"
export RECADO_ARTIFACTS_DIR="${RECADO_ARTIFACTS_DIR:-$BUILD_DIR/artifacts}"
mkdir -p "$RECADO_ARTIFACTS_DIR"

# The relay suite runs again on PostgreSQL (started on loopback by tests/support/pg-cluster.sh).
RUN_PG="${RECADO_TEST_POSTGRES:-1}"

HOME="$TEST_HOME/home" XDG_RUNTIME_DIR="$TEST_HOME/xdg" BUILD_DIR="$BUILD_DIR" RUN_PG="$RUN_PG" ROOT="$ROOT" \
  dbus-run-session -- bash -c '
    set -euo pipefail
    printf "ci-pass" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300
    if [ "$RUN_PG" = "1" ] && [ -x "$ROOT/tests/support/pg-cluster.sh" ]; then
      PG_URL="$("$ROOT/tests/support/pg-cluster.sh" start)"
      trap "\"$ROOT/tests/support/pg-cluster.sh\" stop" EXIT
      echo "== relay and end-to-end suites again on PostgreSQL =="
      RECADO_TEST_DATABASE="$PG_URL" ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 -L "relay|e2e"
    fi
  ' 2> >(grep -v "Failed to set fd limit" >&2)
