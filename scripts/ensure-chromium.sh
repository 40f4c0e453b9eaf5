#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests is on this machine: CHROME_PATH if set, else Debian's
# /usr/bin/chromium, installed with apt-get when missing (Playwright's own browser download is not used).
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH is set to '$CHROME_PATH', which is not an executable file." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing and apt-get is not available: install Chromium and set CHROME_PATH." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo="sudo"
fi
echo "Installing Debian's chromium for the end-to-end tests..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
