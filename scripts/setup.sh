#!/usr/bin/env bash
# Installs every Debian 12 package Recado needs to build, test and run.
# Idempotent: safe to run again. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config clang-format git
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  qt6-image-formats-plugins  # WebP: WhatsApp stickers
  libgl-dev libglx-dev libvulkan-dev libxkbcommon-dev
  qtkeychain-qt6-dev libsecret-1-0
  # libraries
  libsodium-dev libphonenumber-dev libicu-dev libprotobuf-dev libboost-dev sqlite3
  libsqlite3-dev  # the relay drives the Qt driver's SQLite handle directly on hot paths
  # PostgreSQL for the scale-out backend and its tests
  postgresql postgresql-client
  # headless GUI tests, keychain tests, screenshots, emoji
  xvfb xauth dbus dbus-user-session gnome-keyring fonts-dejavu-core fonts-noto-color-emoji
  # packaging, reverse-proxy ceiling for load tests
  dpkg-dev fakeroot nginx-light curl
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
# nginx-light starts a service on install on some systems; the project never needs it running.
if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now nginx >/dev/null 2>&1 || true; fi
echo "setup: done"
