#!/usr/bin/env bash
# Install what tests/test_browser.py needs: Debian's Chromium, a CJK font for
# readable screenshots, and the Python side (playwright, schemathesis).
# Playwright drives /usr/bin/chromium directly, so no `playwright install`.
# Run inside the project's virtualenv (as .ci/run does).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-wqy-microhei
python -m pip install -q -e ".[browser]"
/usr/bin/chromium --version
