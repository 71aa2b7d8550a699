#!/usr/bin/env bash
# Installs every Debian 12 package ClipDesk needs to build, run and test.
# Idempotent: packages already present are skipped, so a second run is quick.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-multimedia-dev qt6-websockets-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev libqt6svg6 qt6-qpa-plugins
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev qt6-translations-l10n libgl-dev libqt6opengl6-dev
  libavformat-dev libavcodec-dev libavfilter-dev libavutil-dev libswscale-dev libswresample-dev
  libsodium-dev node-llhttp libxlsxwriter-dev sqlite3 libsqlite3-dev
  postgresql nginx xvfb ffmpeg curl libbenchmark-dev clang libclang-rt-14-dev nodejs
  ffmpegthumbnailer xauth ccache openssl libssl-dev
  desktop-file-utils appstream file dpkg-dev fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# npm (for tests/uploads/tst_tusjsclient: the reference tus-js-client) ships with some nodejs
# builds and is a separate Debian package otherwise.
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq --no-install-recommends npm
fi
# The Debian postgresql package starts a cluster of its own; our tests run a private one.
echo "install-deps: all ${#packages[@]} packages present"
