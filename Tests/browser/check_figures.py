#!/usr/bin/env python3
"""Checks that every figure of the report page is readable where it is shown.

    check_figures.py OUTPUT_FOLDER

For each view (390, 768 and 1280 px wide, light and dark colour scheme) headless Chromium opens
index.html and, for every figure image, reads which file the browser chose (its currentSrc) and
how wide it is drawn. The manifest says each file's natural width and the size of its tick
labels in pixels at that width, so the tick labels' size on screen is that size times the
drawn width over the natural width: it must be at least 9 CSS px. The right variant must be the
one shown: the stacked one (`<id>.narrow.*`) on a phone, the dark one in the dark scheme.

Prints one line per view; exits 1 with one line per failure, 2 when a tool is missing. Runs with
the python of .build-venv/ (scripts/setup.sh --test makes it).
"""

import json
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

try:
    from chromium import BrowserError, Chromium, find_chromium
except ImportError as missing:
    print(f"check_figures: {missing}; run scripts/setup.sh --test and use .build-venv/bin/python", file=sys.stderr)
    sys.exit(2)

LOAD_SECONDS = 60
SMALLEST_TICK_PX = 9
PHONE, LAPTOP = 600, 1280
VIEWS = [(w, scheme) for w in (390, 768, 1280) for scheme in ("light", "dark")]

SCRIPT = """
(() => Array.from(document.querySelectorAll('figure img')).map(img => ({
  src: img.currentSrc, width: img.getBoundingClientRect().width, loaded: img.complete && img.naturalWidth > 0,
})))()
"""


def shown_file(src, folder):
    """The manifest path of an image's current source (a file URL inside the output folder)."""
    if src.startswith("data:"):
        return None
    path = Path(unquote(urlparse(src).path))
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return path.name


def check(folder):
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    files = {f["path"]: f for f in manifest["files"]}
    executable = find_chromium()
    if not executable:
        print("check_figures: no chromium on PATH (scripts/setup.sh --test installs it)", file=sys.stderr)
        sys.exit(2)
    failures = []
    with Chromium(executable) as browser:
        browser.send("Page.enable")
        for width, scheme in VIEWS:
            label = f"{width} px, {scheme}"
            browser.send("Emulation.setDeviceMetricsOverride",
                         {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
            browser.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            browser.events.clear()
            browser.send("Page.navigate", {"url": (folder / "index.html").as_uri()})
            browser.wait_for("Page.loadEventFired", LOAD_SECONDS)
            images = browser.evaluate(SCRIPT)
            smallest = None
            for image in images:
                path = shown_file(image["src"], folder)
                entry = files.get(path)
                if entry is None:
                    # An earlier run's figure, or an inlined one: only its loading is checked elsewhere.
                    continue
                variant = entry.get("variant") or ""
                # Each figure switches where its own tick labels would fall below 9 px; a phone
                # always gets the stacked variant, a laptop never.
                if width <= PHONE and not variant.startswith("narrow"):
                    failures.append(f"{label}: {path} is shown, not its stacked variant")
                if width >= LAPTOP and variant.startswith("narrow"):
                    failures.append(f"{label}: the stacked {path} is shown on a wide screen")
                if (scheme == "dark") != variant.endswith("dark"):
                    failures.append(f"{label}: {path} is shown in the {scheme} scheme")
                ticks = entry.get("tickLabelPixels")
                if not ticks or not entry.get("width"):
                    failures.append(f"{label}: the manifest gives no tick label size for {path}")
                    continue
                shown = ticks * image["width"] / entry["width"]
                smallest = shown if smallest is None else min(smallest, shown)
                if shown < SMALLEST_TICK_PX:
                    failures.append(f"{label}: tick labels of {path} show at {shown:.1f} CSS px, below {SMALLEST_TICK_PX}")
            print(f"{label}: {len(images)} figures, smallest tick labels {smallest or 0:.1f} CSS px")
    return failures


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    folder = Path(sys.argv[1]).resolve()
    try:
        failures = check(folder)
    except BrowserError as error:
        print(f"check_figures: {error}", file=sys.stderr)
        sys.exit(1)
    for line in failures:
        print("FAIL " + line)
    print("check_figures: " + ("FAILED" if failures else "passed") + f" for {folder / 'index.html'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
