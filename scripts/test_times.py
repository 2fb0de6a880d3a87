#!/usr/bin/env python3
"""Prints how long each test suite took, longest first, from the output of `swift test`.

Swift Testing runs suites in parallel, so the times overlap and add up to more than the run:
each is the wall time from the start of the run to the suite's end, which shows the slow ones.

usage: test_times.py TEST-OUTPUT.log
"""
import re
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: test_times.py TEST-OUTPUT.log", file=sys.stderr)
        return 2
    pattern = re.compile(r'Suite "(?P<name>[^"]+)" (?:passed|failed) after (?P<seconds>[0-9.]+) seconds')
    times = {}
    closing = None
    with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
        for line in log:
            match = pattern.search(line)
            if match:
                times[match["name"]] = float(match["seconds"])
            if "Test run with" in line:
                closing = line.rstrip("\n")
    print(f"test_times: {len(times)} suites, finished after (s):")
    for name, seconds in sorted(times.items(), key=lambda item: -item[1])[:25]:
        print(f"  {seconds:8.1f}  {name}")
    # The runner's closing line again, last, where readers of test logs look for it.
    if closing:
        print(closing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
