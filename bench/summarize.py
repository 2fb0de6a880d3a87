#!/usr/bin/env python3
"""Prints the benchmark table of bench/run.sh from the files it left in RESULTS.

Usage: summarize.py RESULTS "IDS" "ALL16"
"""
import glob
import json
import os
import statistics
import sys


def median_times(results):
    """Per command: median wall time over every timed run of every round, the number of runs,
    and the mean CPU time (user + system), all in seconds."""
    times, cpu = {}, {}
    for path in sorted(glob.glob(os.path.join(results, "round-*.json"))):
        with open(path) as f:
            for entry in json.load(f)["results"]:
                runs = entry["times"]
                times.setdefault(entry["command"], []).extend(runs)
                cpu.setdefault(entry["command"], []).extend([entry["user"] + entry["system"]] * len(runs))
    return {name: (statistics.median(ts), len(ts), statistics.mean(cpu[name])) for name, ts in times.items()}


def total_bytes(folder, ext, ids=None):
    names = [f"{i}.{ext}" for i in ids] if ids else [n for n in os.listdir(folder) if n.endswith("." + ext)]
    return sum(os.path.getsize(os.path.join(folder, n)) for n in names)


def read(path):
    with open(path) as f:
        return f.read().strip()


def peak_mb(results, name):
    return int(read(os.path.join(results, f"peak-{name}.txt")).split()[-1]) / 1024


def main():
    results, ids, all16 = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
    t = median_times(results)
    mpl, act, allr = (os.path.join(results, d) for d in ("matplotlib", "actplot", "actplot-all"))
    png_a, png_b = total_bytes(mpl, "png", ids), total_bytes(act, "png", ids)
    svg_a, svg_b = total_bytes(mpl, "svg", ids), total_bytes(act, "svg", ids)
    first = ids[0]
    svg_1k = os.path.getsize(os.path.join(results, "samples", "1k", f"{first}.svg"))
    svg_1m = os.path.getsize(os.path.join(results, "samples", "1m", f"{first}.svg"))
    ta, tb, tc = t["matplotlib"][0], t["actplot"][0], t["actplot-all"][0]
    t1k, t1m = t["samples-1k"][0], t["samples-1m"][0]
    peak_c = peak_mb(results, "actplot-all")

    partial = sorted(set(ids)) != sorted(all16)
    print()
    print(f"Figures: {len(ids)} ({' '.join(ids)})")
    if partial:
        print(f"PARTIAL RUN: {len(set(ids))} distinct of the documents' 16 ids; the ratios are not the issue's numbers.")
    runs = t["matplotlib"][1]
    print(f"Median wall time over {runs} alternated runs each; peak memory is max RSS from /usr/bin/time.\n")

    rows = [
        ("(a) matplotlib recipe", ta, png_a, svg_a, peak_mb(results, "matplotlib")),
        ("(b) actplot, same figures", tb, png_b, svg_b, peak_mb(results, "actplot")),
        ("(c) actplot --all", tc, total_bytes(allr, "png"), total_bytes(allr, "svg"), peak_c),
    ]
    print(f"{'run':30} {'time':>10} {'PNG bytes':>12} {'SVG bytes':>12} {'peak RSS':>10}")
    for name, secs, png, svg, mem in rows:
        print(f"{name:30} {secs * 1000:8.1f} ms {png:12,d} {svg:12,d} {mem:7.1f} MB")
    print(f"{'actplot --version':30} {t['version'][0] * 1000:8.1f} ms")
    print(f"{first + ' --samples 1000':30} {t1k * 1000:8.1f} ms {'':12} {svg_1k:12,d}")
    print(f"{first + ' --samples 1000000':30} {t1m * 1000:8.1f} ms {'':12} {svg_1m:12,d} {peak_mb(results, 'samples-1m'):7.1f} MB")

    checks = [
        ("matplotlib time / actplot time >= 30", ta / tb, ta / tb >= 30, f"{ta / tb:.1f}x"),
        ("actplot --all < 1/5 of matplotlib's time", tc / ta, tc < ta / 5, f"{tc / ta:.3f} of it ({ta / tc:.1f}x faster)"),
        ("PNG bytes <= matplotlib's", png_b / png_a, png_b <= png_a, f"{png_b / png_a:.3f} of them"),
        ("SVG bytes <= half of matplotlib's", svg_b / svg_a, svg_b <= svg_a / 2, f"{svg_b / svg_a:.3f} of them"),
        ("--samples 1e6 SVG within 10% of 1e3", svg_1m / svg_1k, abs(svg_1m / svg_1k - 1) <= 0.10, f"{svg_1m / svg_1k:.3f}x the size"),
        ("--samples 1e6 time <= 3x of 1e3", t1m / t1k, t1m <= 3 * t1k, f"{t1m / t1k:.2f}x the time"),
        ("peak memory of --all < 150 MB", peak_c, peak_c < 150, f"{peak_c:.1f} MB"),
    ]
    print(f"\n{'target':44} {'measured':34} result")
    for name, _, ok, text in checks:
        print(f"{name:44} {text:34} {'PASS' if ok else 'FAIL'}")
    ca, cb, cc = t["matplotlib"][2], t["actplot"][2], t["actplot-all"][2]
    print(f"\nCPU time (user + system): matplotlib {ca * 1000:.0f} ms, actplot {cb * 1000:.0f} ms "
          f"(ratio {ca / cb:.1f}), actplot --all {cc * 1000:.0f} ms.")
    load = [read(os.path.join(results, f"load-{w}.txt")) for w in ("before", "after")]
    print(f"Load average (1 min) before and after timing: {load[0]} and {load[1]} on {os.cpu_count()} cores. "
          "Wall-time ratios are the issue's measure, but only an idle machine gives them fairly: "
          "actplot's two threads then have both cores.")
    if partial:
        print("\n(partial run: repeat with all 16 ids for the issue's verdict)")


if __name__ == "__main__":
    main()
