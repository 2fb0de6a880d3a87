#!/usr/bin/env bash
# Installs what actplot needs on Debian, only when something is missing: safe to run again.
#   scripts/setup.sh          build and run:  Cairo, Pango, libdeflate, Noto CJK fonts, fontconfig cache
#   scripts/setup.sh --test   also what the tests need (headless Chromium, Python, mpmath)
set -euo pipefail

packages=(libcairo2-dev libpango1.0-dev libdeflate-dev fonts-noto-cjk fontconfig pkg-config)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium python3 python3-venv poppler-utils)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  if ! command -v apt-get >/dev/null; then
    echo "setup: apt-get not found; install these packages yourself: ${missing[*]}" >&2
    exit 1
  fi
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "setup: not root and no sudo; as root run: apt-get update && apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A cold fontconfig cache costs seconds on every first text layout; fc-cache only rebuilds
# what is stale, so repeating it is cheap.
fc-cache >/dev/null 2>&1 || true
