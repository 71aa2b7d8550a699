#!/usr/bin/env bash
# Builds the server and every benchmark program (RelWithDebInfo, in build/ or $CLIPDESK_BUILD_DIR),
# runs them one after another and prints their Markdown tables. The media benches generate their
# 1080p source files with the ffmpeg CLI on the first run (a few minutes) and reuse them after.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir="${CLIPDESK_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --target clipdesk-server clipdesk-benchmarks -j"$(nproc)"

for bench in "$build_dir"/bench/clipdesk-bench-*; do
  [ -x "$bench" ] || continue
  echo "## $(basename "$bench")"
  echo
  "$bench"
  echo
done
