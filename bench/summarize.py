#!/usr/bin/env python3
"""Prints the benchmark table of bench/run.sh from the files it left in RESULTS.

Usage: summarize.py RESULTS "IDS" "ALL16"

Times come from hyperfine's JSON, one file per alternated round: CPU time is user + system
(hyperfine's per-round means, weighted by the runs of each round), wall time is the median over
every timed run. Every ratio is of CPU time unless the row says wall. Exits 0 whatever the
verdicts: the table is a report; run.sh has already failed if a command did not run.
"""
import glob
import json
import os
import statistics
import sys

NAMES = {
    "matplotlib": "(a)  matplotlib recipe",
    "gnuplot": "(g)  gnuplot, one process",
    "actplot": "(b)  actplot",
    "leastwork": "(l)  least-work program",
    "actplot-1": "(b1) actplot, first id",
    "leastwork-1": "(l1) least-work, first id",
    "actplot-pdf": "(p)  actplot + PDF",
    "version": "(v)  actplot --version",
    "hello": "(h)  static Swift hello",
    "actplot-all": "(c)  actplot --all",
    "samples-1m": "(s)  first id, 1e6 samples",
}


def timings(results):
    """Per command: (median wall s, CPU s = mean user+system over all runs, number of runs)."""
    wall, cpu = {}, {}
    for path in sorted(glob.glob(os.path.join(results, "round-*.json"))):
        with open(path) as f:
            for entry in json.load(f)["results"]:
                runs = entry["times"]
                wall.setdefault(entry["command"], []).extend(runs)
                cpu.setdefault(entry["command"], []).extend([entry["user"] + entry["system"]] * len(runs))
    return {n: (statistics.median(ts), statistics.mean(cpu[n]), len(ts)) for n, ts in wall.items()}


def total_bytes(folder, ext, ids=None):
    if not os.path.isdir(folder):
        return 0
    names = [f"{i}.{ext}" for i in ids] if ids else [n for n in os.listdir(folder) if n.endswith("." + ext)]
    return sum(os.path.getsize(os.path.join(folder, n)) for n in names if os.path.exists(os.path.join(folder, n)))


def read(path, default=""):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return default


def peak_mib(results, name):
    text = read(os.path.join(results, f"peak-{name}.txt"))
    return int(text.split()[-1]) / 1024 if text else float("nan")


def encode_ms(results):
    """Mean PNG-encoding CPU time per figure that leastwork reported with LEASTWORK_TIMES=1."""
    ms = []
    for line in read(os.path.join(results, "leastwork-encode.txt")).splitlines():
        words = line.split()
        if "encoding" in words:
            ms.append(float(words[words.index("encoding") + 1]))
    return (statistics.mean(ms), len(ms)) if ms else (None, 0)


def main():
    results, ids, all16 = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
    t = timings(results)
    cpu = {n: v[1] for n, v in t.items()}
    wall = {n: v[0] for n, v in t.items()}
    folder = {n: os.path.join(results, n) for n in NAMES}
    png = {n: total_bytes(folder[n], "png", ids) for n in ("matplotlib", "gnuplot", "actplot", "leastwork")}
    svg = {n: total_bytes(folder[n], "svg", ids) for n in ("matplotlib", "gnuplot", "actplot", "leastwork")}
    peak_b, peak_c = peak_mib(results, "actplot"), peak_mib(results, "actplot-all")
    first = ids[0]
    partial = sorted(set(ids)) != sorted(all16)

    print()
    print(f"Figures: {len(ids)} ({' '.join(ids)}), 1200x480, PNG + SVG, 1000 samples on [-20, 20]")
    if partial:
        print(f"PARTIAL RUN: {len(set(ids))} distinct of the documents' 16 ids; the ratios are not the issue's numbers.")
    runs = t["actplot"][2]
    cores = read(os.path.join(results, "cores.txt"), str(os.cpu_count()))
    load = [read(os.path.join(results, f"load-{w}.txt")) for w in ("before", "after")]
    load = [" ".join(x.split()[:3]) for x in load]
    print(f"Cores: {cores}; load average (1, 5, 15 min) before timing: {load[0]}; after: {load[1]}.")
    print(f"All ratios are from one alternated run of bench/run.sh ({runs} timed runs of each command, "
          "alternated in rounds); repeat it for a second opinion.\n")

    print(f"{'command':30} {'CPU ms':>9} {'wall ms':>9} {'PNG bytes':>11} {'SVG bytes':>11} {'peak RSS':>10}")
    for n, label in NAMES.items():
        if n not in t:
            continue
        extra = ""
        if n in png:
            extra = f" {png[n]:11,d} {svg[n]:11,d}"
        mem = peak_mib(results, n)
        if mem == mem:  # not NaN
            extra = (extra or f" {'':11} {'':11}") + f" {mem:6.1f} MiB"
        print(f"{label:30} {cpu[n] * 1000:9.1f} {wall[n] * 1000:9.1f}{extra}")
    enc, nenc = encode_ms(results)
    if enc is not None:
        print(f"least-work PNG encoding (filter + deflate + CRC), CPU per figure: {enc:.2f} ms (mean of {nenc}, "
              "one untimed run)")
    if len(ids) > 1:
        per = [(cpu[a] - cpu[b]) / (len(ids) - 1) * 1000 for a, b in (("actplot", "actplot-1"), ("leastwork", "leastwork-1"))]
        print(f"CPU per further figure, ((all ids) - (first id)) / {len(ids) - 1}: actplot {per[0]:.1f} ms, "
              f"least-work {per[1]:.1f} ms")
    print(f"actplot --all (no target): {cpu['actplot-all'] * 1000:.0f} ms CPU, {wall['actplot-all'] * 1000:.0f} ms wall, "
          f"peak memory {peak_c:.1f} MiB")

    def ratio(a, b):
        return a / b if b else float("inf")

    mpl_cpu, mpl_wall = ratio(cpu["matplotlib"], cpu["actplot"]), ratio(wall["matplotlib"], wall["actplot"])
    rows = [
        ("matplotlib ÷ actplot (CPU, wall)", f"{mpl_cpu:.1f}x, {mpl_wall:.1f}x", ">= 50x both",
         mpl_cpu >= 50 and mpl_wall >= 50),
        ("gnuplot ÷ actplot (CPU)", f"{ratio(cpu['gnuplot'], cpu['actplot']):.2f}x", ">= 5x",
         ratio(cpu["gnuplot"], cpu["actplot"]) >= 5),
        ("actplot ÷ least-work (CPU)", f"{ratio(cpu['actplot'], cpu['leastwork']):.2f}x", "<= 1.5x",
         ratio(cpu["actplot"], cpu["leastwork"]) <= 1.5),
        (f"one figure ({first}): actplot ÷ least-work (CPU)", f"{ratio(cpu['actplot-1'], cpu['leastwork-1']):.2f}x",
         "<= 1.5x", ratio(cpu["actplot-1"], cpu["leastwork-1"]) <= 1.5),
        ("with PDF ÷ without PDF (CPU)", f"{ratio(cpu['actplot-pdf'], cpu['actplot']):.2f}x", "<= 1.2x",
         ratio(cpu["actplot-pdf"], cpu["actplot"]) <= 1.2),
        ("--version ÷ static Swift hello (CPU)", f"{ratio(cpu['version'], cpu['hello']):.2f}x", "<= 1.5x",
         ratio(cpu["version"], cpu["hello"]) <= 1.5),
        ("peak memory of (b)", f"{peak_b:.1f} MiB", "<= 41 MiB", peak_b <= 41),
        ("PNG bytes actplot ÷ matplotlib", f"{ratio(png['actplot'], png['matplotlib']):.3f}", "<= 0.67",
         ratio(png["actplot"], png["matplotlib"]) <= 0.67),
        ("SVG bytes actplot ÷ matplotlib", f"{ratio(svg['actplot'], svg['matplotlib']):.3f}", "<= 0.30",
         ratio(svg["actplot"], svg["matplotlib"]) <= 0.30),
    ]
    # Kept from the first benchmark, since the run is cheap: 1e6 samples against 1e3, one figure.
    if "samples-1m" in t:
        svg_1k = total_bytes(folder["actplot-1"], "svg", [first])
        svg_1m = total_bytes(folder["samples-1m"], "svg", [first])
        rows += [
            ("1e6 ÷ 1e3 samples, SVG bytes (kept)", f"{ratio(svg_1m, svg_1k):.3f}x", "within 10%",
             abs(ratio(svg_1m, svg_1k) - 1) <= 0.10),
            ("1e6 ÷ 1e3 samples, CPU (kept)", f"{ratio(cpu['samples-1m'], cpu['actplot-1']):.2f}x", "<= 3x",
             ratio(cpu["samples-1m"], cpu["actplot-1"]) <= 3),
        ]

    print(f"\n{'target':50} {'measured':>16} {'target':>12}  result")
    for name, measured, target, ok in rows:
        print(f"{name:50} {measured:>16} {target:>12}  {'PASS' if ok else 'FAIL'}")
    failed = sum(1 for *_, ok in rows if not ok)
    print(f"\n{len(rows) - failed} of {len(rows)} targets pass. CPU time = user + system of the whole process "
          "(actplot's and leastwork's two threads both count).")
    if partial:
        print("(partial run: repeat with all 16 ids for the issue's verdict)")


if __name__ == "__main__":
    main()
