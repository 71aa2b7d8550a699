#!/usr/bin/env bash
# Installs the dependencies, builds ClipDesk and starts the desktop app in demo mode:
# it runs its own clipdesk-server on a free 127.0.0.1 port with a separate data directory.
# Extra arguments go to the app, e.g. `./packaging/demo.sh --screenshot /tmp/clipdesk.png`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target clipdesk clipdesk-server -j"$(nproc)"

app=(build/app/desktop/clipdesk --demo "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no DISPLAY or WAYLAND_DISPLAY; running the app under xvfb-run -a (a virtual screen you cannot see)." >&2
  echo "demo: pass --screenshot FILE to save a picture of the window and quit, or press Ctrl+C to stop." >&2
  exec xvfb-run -a "${app[@]}"
fi
exec "${app[@]}"
