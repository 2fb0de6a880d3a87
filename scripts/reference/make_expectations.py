#!/usr/bin/env python3
"""Generate the Gaussian-expectation fixture for the ActivationMath tests.

Writes (relative to the repository root):
  Tests/ActivationMathTests/Fixtures/reference-expectations.json

For every case of make_fixtures.CASES (every catalogue activation, some with
non-default parameters) it computes, for Z ~ N(0, 1),

  mean        E[f(Z)]   = integral of f(x) phi(x) over the real line
  gradient    E[f'(Z)]  = the same with f' (autograd's f': the Dirac masses of
                          jumps are not included, no gradient flows through them)
  square      E[f(Z)^2]

with mpmath.quad (tanh-sinh) on the real line split at the activation's
breakpoints, at DPS digits, using the formulas of make_fixtures.py (written to
avoid cancellation; see the DESIGN.md trap about 1 + tanh(u)).  Every number is
recomputed with Gauss-Legendre quadrature at VERIFY_DPS digits and must agree
to 30 significant digits (or 1e-40 absolutely), and the closed forms known for
a few entries are checked, so a wrong split or a lazy quadrature fails here
rather than in the Swift tests.

Usage:  python3 scripts/reference/make_expectations.py
Requires: mpmath (pip install mpmath).
"""

import json
import os
import sys

import mpmath
from mpmath import mp, mpf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_fixtures as mf  # noqa: E402  (the formulas and the case list)

DPS = 40
VERIFY_DPS = 50
OUT_DIGITS = 25
AGREE_DIGITS = 30
OUT = os.path.join(mf.FIXTURES, "reference-expectations.json")


def breaks(name, p):
    """Points where f or f' is not analytic (the catalogue's breakpoints)."""
    if name in ("binary-step", "relu", "leaky-relu", "prelu", "rrelu", "elu",
                "celu", "selu", "softsign"):
        return [mpf(0)]
    if name in ("hard-sigmoid", "hard-swish"):
        return [mpf(-3), mpf(3)]
    if name == "hard-tanh":
        return [mpf(-1), mpf(1)]
    if name in ("relu6", "leaky-relu6"):
        return [mpf(0), mpf(6)]
    if name in ("softshrink", "hardshrink"):
        return [-p["lambda"], p["lambda"]]
    return []


def moments(fn, name, params, dps, method):
    with mp.workdps(dps):
        p = {k: mpf(v) for k, v in params.items()}
        cache = {}

        def fd(x):
            if x not in cache:
                cache[x] = fn(x, p)
            return cache[x]

        def phi(x):
            return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)

        # 0 is always a split point: the density's peak, harmless where f is smooth.
        points = [-mp.inf] + sorted(set(breaks(name, p) + [mpf(0)])) + [mp.inf]
        out = []
        for k in (lambda v, d: v, lambda v, d: d, lambda v, d: v * v):
            out.append(mp.quad(lambda x: k(*fd(x)) * phi(x), points,
                               method=method, maxdegree=10))
        return out


def agree(a, b):
    with mp.workdps(VERIFY_DPS):
        return abs(a - b) <= max(abs(b) * mpf(10) ** -AGREE_DIGITS, mpf(10) ** -40)


def fmt(v):
    """25 significant digits; below 1e-30 in magnitude "0": that is the quadrature's noise
    around the exact zeros of odd functions (hard-tanh gives -3e-48), and SELU's mean,
    -1.2e-32 with the constants' 32 published digits, is 0 for any double computation."""
    with mp.workdps(DPS):
        return "0" if abs(v) < mpf(10) ** -30 else mpmath.nstr(v, OUT_DIGITS)


def closed_forms():
    """(mean, gradient, square) known exactly for some defaults; None where not."""
    return {
        "identity": (0, 1, 1),
        "relu": (1 / mp.sqrt(2 * mp.pi), mpf(1) / 2, mpf(1) / 2),
        "gelu": (1 / (2 * mp.sqrt(mp.pi)), mpf(1) / 2, None),
        "sigmoid": (mpf(1) / 2, None, None),
        "tanh": (0, None, None),
        "binary-step": (mpf(1) / 2, 0, mpf(1) / 2),
        "sinusoid": (0, mp.exp(mpf(-1) / 2), (1 - mp.exp(-2)) / 2),
        "hard-tanh": (0, mp.erf(1 / mp.sqrt(2)), None),
    }


def main():
    mp.dps = DPS
    cases, failures = [], []
    for name, params, fn in mf.CASES:
        ts = moments(fn, name, params, DPS, "tanh-sinh")
        gl = moments(fn, name, params, VERIFY_DPS, "gauss-legendre")
        for label, a, b in zip(("mean", "gradient", "square"), ts, gl):
            if not agree(a, b):
                failures.append((name, params, label, mpmath.nstr(a, 35), mpmath.nstr(b, 35)))
        known = closed_forms()
        if name in known and name not in [c["function"] for c in cases]:
            for label, a, exact in zip(("mean", "gradient", "square"), ts, known[name]):
                if exact is not None and not agree(a, mpf(exact)):
                    failures.append((name, params, label + " (closed form)",
                                     mpmath.nstr(a, 35), mpmath.nstr(exact, 35)))
        cases.append({"function": name, "params": params,
                      "mean": fmt(ts[0]), "gradient": fmt(ts[1]), "square": fmt(ts[2])})
        print("%-12s %-22s mean %s" % (name, params, mpmath.nstr(ts[0], 20)), flush=True)
    about = ("E[f(Z)], E[f'(Z)] (no Dirac masses at jumps) and E[f(Z)^2] for Z ~ N(0,1), "
             "generated by scripts/reference/make_expectations.py: mpmath.quad (tanh-sinh) "
             "at %d digits on the real line split at the breakpoints, checked against "
             "Gauss-Legendre at %d digits to %d digits; strings rounded to %d significant "
             "digits; |v| < 1e-30 written as \"0\"." % (DPS, VERIFY_DPS, AGREE_DIGITS, OUT_DIGITS))
    mf.write_json(OUT, about, cases)
    print("wrote %s: %d cases" % (OUT, len(cases)))
    for f in failures:
        print("  MISMATCH", f)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
