#!/usr/bin/env python3
"""Generate high-precision reference fixtures for the ActivationMath tests.

Writes (relative to the repository root):
  Tests/ActivationMathTests/Fixtures/reference-double.json
  Tests/ActivationMathTests/Fixtures/reference-softmax.json

Every activation f and its derivative f' are evaluated with mpmath at 60
significant digits at x points that are exact IEEE doubles (mpf(float_x) is
exact).  Results are rounded to 25 significant digits and written as decimal
strings; x is written as repr(float) (shortest round-trip).  Magnitudes below
1e-300 are written as "0".

Conventions:
  * User parameters (alpha, beta, lambda, ...) are Python floats and enter
    the computation as mpf(float) exactly, so the reference is the exact
    function of the double parameter.
  * SELU's built-in constants (lambda, alpha) are taken as exact decimals,
    not as their double roundings.
  * GELU-tanh's constants are the doubles nearest 0.044715 and sqrt(2/pi):
    that is the function every double implementation computes (the exact
    decimal would differ from it by up to 43 ulp near x = -20, an error in the
    definition rather than in the implementation under test).
  * Formulas are written to avoid cancellation (expm1, log1p, sech, the
    logistic form of 1+tanh, rationalised squareplus); the one unavoidable
    cancellation (tanhshrink near 0) gets extra working precision.  With
    --verify every number is recomputed at 150 digits and must give the same
    25-digit string.

Usage:  python3 scripts/reference/make_fixtures.py [--verify]
Requires: mpmath (pip install mpmath).
"""

import json
import math
import os
import random
import sys

import mpmath
from mpmath import mp, mpf

DPS = 60            # working precision (decimal digits)
VERIFY_DPS = 150    # precision of the optional cross-check
OUT_DIGITS = 25     # significant digits written
TINY = mpf("1e-300")  # |v| < TINY is written as "0"
DBL_MAX = mpf(sys.float_info.max)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "ActivationMathTests", "Fixtures")

# SELU constants (exact decimals, as given in the SELU paper / PyTorch source).
SELU_LAMBDA = "1.0507009873554804934193349852946"
SELU_ALPHA = "1.6732632423543772848170429916717"
GELU_TANH_C = 0.044715  # a Python float: the double nearest 0.044715


# --------------------------------------------------------------------------
# x points
# --------------------------------------------------------------------------

def x_points():
    mags = [1e-300, 1e-200, 1e-100, 1e-30, 1e-16, 1e-8, 1e-6, 1e-4, 1e-3,
            0.01, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0,
            5.0, 6.0, 7.0, 8.0, 10.0, 12.0, 15.0, 18.0, 20.0, 25.0, 30.0,
            35.0, 37.5, 40.0, 50.0, 60.0, 80.0, 100.0, 200.0, 300.0, 500.0,
            700.0, 709.0, 709.7, 710.0, 745.0, 750.0, 1000.0]
    pts = [0.0]
    for m in mags:
        pts += [m, -m]
    # near the negative roots of swish', gelu', mish'
    pts += [-1.28, -1.2, -0.75, -1.19]
    rng = random.Random(12345)
    pts += [rng.uniform(-40.0, 40.0) for _ in range(100)]
    for _ in range(30):
        mag = 10.0 ** rng.uniform(-12.0, 3.0)
        sign = -1.0 if rng.random() < 0.5 else 1.0
        pts.append(sign * mag)
    return sorted(set(pts))


# --------------------------------------------------------------------------
# helpers (all arguments are mpf)
# --------------------------------------------------------------------------

def sigma(x):
    """Logistic function, no cancellation for either sign."""
    if x >= 0:
        return 1 / (1 + mp.exp(-x))
    e = mp.exp(x)
    return e / (1 + e)


def softplus_mp(x):
    """log(1 + exp(x)) without cancellation."""
    if x > 0:
        return x + mp.log1p(mp.exp(-x))
    return mp.log1p(mp.exp(x))


def leaky(x, a):
    return (x, mpf(1)) if x > 0 else (a * x, a)


# --------------------------------------------------------------------------
# activations: each maps (x, params-as-mpf) -> (value, derivative)
# --------------------------------------------------------------------------

def f_identity(x, p):
    return x, mpf(1)


def f_binary_step(x, p):
    return (mpf(1) if x >= 0 else mpf(0)), mpf(0)


def f_sigmoid(x, p):
    return sigma(x), sigma(x) * sigma(-x)


def f_tanh(x, p):
    return mp.tanh(x), mp.sech(x) ** 2


def f_hard_sigmoid(x, p):
    v = min(max(x + 3, mpf(0)), mpf(6)) / 6
    d = mpf(1) / 6 if -3 < x < 3 else mpf(0)
    return v, d


def f_hard_tanh(x, p):
    v = min(max(x, mpf(-1)), mpf(1))
    d = mpf(1) if -1 < x < 1 else mpf(0)
    return v, d


def f_relu(x, p):
    return max(x, mpf(0)), (mpf(1) if x > 0 else mpf(0))


def f_relu6(x, p):
    return min(max(x, mpf(0)), mpf(6)), (mpf(1) if 0 < x < 6 else mpf(0))


def f_leaky_relu(x, p):
    return leaky(x, p["alpha"])


def f_prelu(x, p):
    return leaky(x, p["alpha"])


def f_rrelu(x, p):
    slope = (p["lower"] + p["upper"]) / 2  # exact at 60 digits
    return leaky(x, slope)


def f_elu(x, p):
    a = p["alpha"]
    if x > 0:
        return x, mpf(1)
    return a * mp.expm1(x), a * mp.exp(x)


def f_celu(x, p):
    a = p["alpha"]
    if x > 0:
        return x, mpf(1)
    return a * mp.expm1(x / a), mp.exp(x / a)


def f_selu(x, p):
    lam, al = mpf(SELU_LAMBDA), mpf(SELU_ALPHA)
    if x > 0:
        return lam * x, lam
    return lam * al * mp.expm1(x), lam * al * mp.exp(x)


def f_gelu(x, p):
    Phi = mp.erfc(-x / mp.sqrt(2)) / 2
    phi = mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)
    return x * Phi, Phi + x * phi


def f_gelu_tanh(x, p):
    c = mpf(GELU_TANH_C)
    k = mpf(float(mp.sqrt(2 / mp.pi)))  # the double nearest sqrt(2/pi)
    u = k * (x + c * x ** 3)
    half_one_plus_tanh = sigma(2 * u)          # (1 + tanh u) / 2, no cancellation
    sech2 = mp.sech(u) ** 2
    v = x * half_one_plus_tanh
    d = half_one_plus_tanh + x * sech2 * k * (1 + 3 * c * x * x) / 2
    return v, d


def f_swish(x, p):
    b = p["beta"]
    s, sm = sigma(b * x), sigma(-b * x)
    return x * s, s + b * x * s * sm


def f_hard_swish(x, p):
    v = x * min(max(x + 3, mpf(0)), mpf(6)) / 6
    if x <= -3:
        d = mpf(0)
    elif x < 3:
        d = (2 * x + 3) / 6
    else:
        d = mpf(1)
    return v, d


def f_mish(x, p):
    sp = softplus_mp(x)
    t = mp.tanh(sp)
    return x * t, t + x * mp.sech(sp) ** 2 * sigma(x)


def f_softplus(x, p):
    b = p["beta"]
    return softplus_mp(b * x) / b, sigma(b * x)


def f_softsign(x, p):
    return x / (1 + abs(x)), 1 / (1 + abs(x)) ** 2


def f_log_sigmoid(x, p):
    return -softplus_mp(-x), sigma(-x)


def f_tanhshrink(x, p):
    if x == 0:
        return mpf(0), mpf(0)
    # x - tanh x ~ x^3/3 cancels about 2*log10(1/|x|) digits near 0.
    extra = max(0, int(-2 * mp.log10(abs(x)))) + 10
    with mp.extradps(extra):
        v = x - mp.tanh(x)
    t = mp.tanh(x)
    return +v, t * t


def f_softshrink(x, p):
    l = p["lambda"]
    if x > l:
        v = x - l
    elif x < -l:
        v = x + l
    else:
        v = mpf(0)
    return v, (mpf(1) if abs(x) > l else mpf(0))


def f_hardshrink(x, p):
    l = p["lambda"]
    if abs(x) > l:
        return x, mpf(1)
    return mpf(0), mpf(0)


def f_leaky_relu6(x, p):
    a = p["alpha"]
    v = min(max(a * x, x), mpf(6))
    if x <= 0:
        d = a
    elif x < 6:
        d = mpf(1)
    else:
        d = mpf(0)
    return v, d


def f_arctan(x, p):
    return mp.atan(x), 1 / (1 + x * x)


def f_squareplus(x, p):
    b = p["b"]
    s = mp.sqrt(x * x + b)
    if x >= 0:
        v = (x + s) / 2
        d = (1 + x / s) / 2
    else:
        # rationalised: x + s = b / (s - x), 1 + x/s = b / (s (s - x))
        v = b / (2 * (s - x))
        d = b / (2 * s * (s - x))
    return v, d


def f_sinusoid(x, p):
    return mp.sin(x), mp.cos(x)


CASES = [
    ("identity", {}, f_identity),
    ("binary-step", {}, f_binary_step),
    ("sigmoid", {}, f_sigmoid),
    ("tanh", {}, f_tanh),
    ("hard-sigmoid", {}, f_hard_sigmoid),
    ("hard-tanh", {}, f_hard_tanh),
    ("relu", {}, f_relu),
    ("relu6", {}, f_relu6),
    ("leaky-relu", {"alpha": 0.01}, f_leaky_relu),
    ("leaky-relu", {"alpha": 0.2}, f_leaky_relu),
    ("prelu", {"alpha": 0.25}, f_prelu),
    ("rrelu", {"lower": 0.125, "upper": 1.0 / 3.0}, f_rrelu),
    ("elu", {"alpha": 1.0}, f_elu),
    ("elu", {"alpha": 0.5}, f_elu),
    ("celu", {"alpha": 1.0}, f_celu),
    ("celu", {"alpha": 2.0}, f_celu),
    ("selu", {}, f_selu),
    ("gelu", {}, f_gelu),
    ("gelu-tanh", {}, f_gelu_tanh),
    ("swish", {"beta": 1.0}, f_swish),
    ("swish", {"beta": 1.5}, f_swish),
    ("hard-swish", {}, f_hard_swish),
    ("mish", {}, f_mish),
    ("softplus", {"beta": 1.0}, f_softplus),
    ("softplus", {"beta": 2.0}, f_softplus),
    ("softsign", {}, f_softsign),
    ("log-sigmoid", {}, f_log_sigmoid),
    ("tanhshrink", {}, f_tanhshrink),
    ("softshrink", {"lambda": 0.5}, f_softshrink),
    ("hardshrink", {"lambda": 0.5}, f_hardshrink),
    ("leaky-relu6", {"alpha": 0.01}, f_leaky_relu6),
    ("arctan", {}, f_arctan),
    ("squareplus", {"b": 4.0}, f_squareplus),
    ("sinusoid", {}, f_sinusoid),
]


# --------------------------------------------------------------------------
# formatting / output
# --------------------------------------------------------------------------

def fmt(v):
    """25 significant digits, round-to-nearest; |v| < 1e-300 -> "0".

    If the exact value is (within 1e-25) a tie between two doubles, the
    25-digit string could parse to the wrong neighbour (double rounding).
    Then more digits are written, the fewest for which the string parses
    (correctly rounded, ties-to-even) to the same double as the exact value.
    This happens only for exact products such as alpha * x in leaky-relu.
    """
    if abs(v) < TINY:
        return "0"
    s = mpmath.nstr(v, OUT_DIGITS)
    target = float(v)  # round-to-nearest-even of the working-precision value
    n = OUT_DIGITS
    while float(s) != target:
        n += 1
        if n > mp.dps:
            raise ValueError("no round-trip string for %r" % v)
        s = mpmath.nstr(v, n)
    return s


def evaluate(fn, x, params, dps):
    with mp.workdps(dps):
        p = {k: mpf(val) for k, val in params.items()}
        xm = mpf(x)
        v, d = fn(xm, p)
        return +v, +d


def build_double(points, verify):
    cases, skipped, mismatches, zeroed = [], [], [], []
    for name, params, fn in CASES:
        xs, vs, ds = [], [], []
        for x in points:
            with mp.workdps(DPS):
                v, d = evaluate(fn, x, params, DPS)
                if abs(v) > DBL_MAX or abs(d) > DBL_MAX:
                    skipped.append((name, params, x))
                    continue
                sv, sd = fmt(v), fmt(d)
                for label, val, s in (("value", v, sv), ("derivative", d, sd)):
                    if s == "0" and val != 0:
                        zeroed.append((name, params, x, label, mpmath.nstr(val, 5)))
            if verify:
                v2, d2 = evaluate(fn, x, params, VERIFY_DPS)
                with mp.workdps(VERIFY_DPS):
                    sv2, sd2 = fmt(v2), fmt(d2)
                if (sv, sd) != (sv2, sd2):
                    mismatches.append((name, params, x, sv, sv2, sd, sd2))
            xs.append(repr(x))
            vs.append(sv)
            ds.append(sd)
        cases.append({"function": name, "params": params,
                      "x": xs, "value": vs, "derivative": ds})
    return cases, skipped, mismatches, zeroed


def softmax_case(xs):
    with mp.workdps(DPS):
        xm = [mpf(v) for v in xs]
        m = max(xm)
        e = [mp.exp(v - m) for v in xm]
        total = mp.fsum(e)
        s = [ei / total for ei in e]
        logs = [v - m - mp.log(total) for v in xm]
        jac = [[fmt((s[i] if i == j else 0) - s[i] * s[j])
                for j in range(len(s))] for i in range(len(s))]
        return {"x": [repr(float(v)) for v in xs],
                "value": [fmt(v) for v in s],
                "logsoftmax": [fmt(v) for v in logs],
                "jacobian": jac}


SOFTMAX_INPUTS = [
    [0.2, 0.02, 0.15, 0.15, 1.3, 0.5, 0.06, 1.1, 0.05, 3.75],
    [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0],
    [1000.0, 1000.0, -1000.0],
    [0.0, 0.0, 0.0, 0.0],
    [-745.0, 0.0, 745.0],
    [1e-300, -1e-300, 5.0],
]


def write_json(path, about, cases):
    """Compact JSON: one case per line."""
    lines = ["{" + json.dumps("about") + ": " + json.dumps(about) + ",",
             ' "cases": [']
    body = [" " + json.dumps(c, separators=(", ", ": ")) for c in cases]
    lines.append(",\n".join(body))
    lines.append("]}")
    with open(path, "w") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    verify = "--verify" in sys.argv[1:]
    mp.dps = DPS
    points = x_points()
    os.makedirs(FIXTURES, exist_ok=True)

    cases, skipped, mismatches, zeroed = build_double(points, verify)
    about = ("Reference values and derivatives of activation functions at exact "
             "double x, generated by scripts/reference/make_fixtures.py with "
             "mpmath at %d digits; strings rounded to %d significant digits; "
             "|v| < 1e-300 written as \"0\". Parameters are exact doubles; "
             "SELU constants are exact decimals; GELU-tanh uses the doubles "
             "nearest 0.044715 and sqrt(2/pi)." % (DPS, OUT_DIGITS))
    path = os.path.join(FIXTURES, "reference-double.json")
    write_json(path, about, cases)
    print("wrote %s: %d cases, %d x points, %d bytes"
          % (path, len(cases), len(points), os.path.getsize(path)))

    sm_about = ("Softmax, log-softmax and Jacobian diag(s) - s s^T (row-major), "
                "generated by scripts/reference/make_fixtures.py with mpmath at "
                "%d digits; strings rounded to %d significant digits; "
                "|v| < 1e-300 written as \"0\"." % (DPS, OUT_DIGITS))
    sm_path = os.path.join(FIXTURES, "reference-softmax.json")
    write_json(sm_path, sm_about, [softmax_case(v) for v in SOFTMAX_INPUTS])
    print("wrote %s: %d cases, %d bytes"
          % (sm_path, len(SOFTMAX_INPUTS), os.path.getsize(sm_path)))

    if skipped:
        print("skipped (|value| > DBL_MAX): %r" % skipped)
    print("%d nonzero values written as \"0\" (|v| < 1e-300)" % len(zeroed))
    if verify:
        print("verify at %d digits: %d mismatches" % (VERIFY_DPS, len(mismatches)))
        for m in mismatches:
            print("  MISMATCH", m)
        if mismatches:
            sys.exit(1)


if __name__ == "__main__":
    main()
