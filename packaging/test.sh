#!/usr/bin/env bash
# Installs the dependencies, builds everything with warnings as errors and runs the test suite.
# Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLIPDESK_WERROR=ON
cmake --build build -j"$(nproc)"
# Every test uses its own temporary directories and free loopback ports, so two can run at once.
ctest --test-dir build --output-on-failure -j2
