#!/bin/sh
# Everything the test suite needs on a fresh Debian machine: Chromium for the browser tests
# (Debian's package; Playwright drives it, and never downloads a browser of its own) and the
# project with its test extras.
set -eu
if ! command -v chromium >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install -q -e '.[test]'
