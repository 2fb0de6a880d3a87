#!/usr/bin/env python3
"""The documents' figure recipe (seeds/000), for the benchmark: 16 activations, each drawn as
plt.subplots(1, 2) -- function left, derivative right -- with grid and titles, 1000 samples on
[-20, 20], 1200x480 px (figsize 12x4.8 at 100 dpi), saved as PNG and SVG.

The documents take the derivative with torch autograd; this uses numpy closed forms instead so the
benchmark needs no torch. At kinks the values follow PyTorch (ReLU'(0) = 0, ...), though with
linspace(-20, 20, 1000) no sample lands exactly on one.

Usage: recipe.py OUT_DIR [ID ...]   (all 16 ids when none are given)
"""
import math
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
import numpy as np  # noqa: E402

# PyTorch's defaults for the parameters.
LEAKY = 0.01
PRELU = 0.25
ELU_ALPHA = 1.0
SELU_ALPHA = 1.6732632423543772
SELU_SCALE = 1.0507009873554805
_erf = np.vectorize(math.erf)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softplus(x):
    return np.logaddexp(0, x)


def _gelu(x):
    return 0.5 * x * (1 + _erf(x / math.sqrt(2)))


def _gelu_d(x):
    return 0.5 * (1 + _erf(x / math.sqrt(2))) + x * np.exp(-x * x / 2) / math.sqrt(2 * math.pi)


def _mish_d(x):
    t, s = np.tanh(softplus(x)), sigmoid(x)
    return t + x * s * (1 - t * t)


# id: (title name, f, f')
FUNCTIONS = {
    "sigmoid": ("Sigmoid", sigmoid, lambda x: sigmoid(x) * (1 - sigmoid(x))),
    "tanh": ("Tanh", np.tanh, lambda x: 1 - np.tanh(x) ** 2),
    "relu": ("ReLU", lambda x: np.maximum(x, 0), lambda x: (x > 0).astype(float)),
    "leaky-relu": ("Leaky ReLU", lambda x: np.where(x > 0, x, LEAKY * x), lambda x: np.where(x > 0, 1.0, LEAKY)),
    "prelu": ("PReLU", lambda x: np.where(x > 0, x, PRELU * x), lambda x: np.where(x > 0, 1.0, PRELU)),
    "relu6": ("ReLU6", lambda x: np.clip(x, 0, 6), lambda x: ((x > 0) & (x < 6)).astype(float)),
    "elu": (
        "ELU",
        lambda x: np.where(x > 0, x, ELU_ALPHA * np.expm1(np.minimum(x, 0))),
        lambda x: np.where(x > 0, 1.0, ELU_ALPHA * np.exp(np.minimum(x, 0))),
    ),
    "selu": (
        "SELU",
        lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(np.minimum(x, 0))),
        lambda x: SELU_SCALE * np.where(x > 0, 1.0, SELU_ALPHA * np.exp(np.minimum(x, 0))),
    ),
    "swish": ("Swish", lambda x: x * sigmoid(x), lambda x: sigmoid(x) * (1 + x * (1 - sigmoid(x)))),
    "hard-swish": (
        "Hard Swish",
        lambda x: x * np.clip(x + 3, 0, 6) / 6,
        lambda x: np.where(x <= -3, 0.0, np.where(x >= 3, 1.0, (2 * x + 3) / 6)),
    ),
    "hard-sigmoid": (
        "Hard Sigmoid",
        lambda x: np.clip(x + 3, 0, 6) / 6,
        lambda x: np.where((x > -3) & (x < 3), 1 / 6, 0.0),
    ),
    "gelu": ("GELU", _gelu, _gelu_d),
    "softplus": ("Softplus", softplus, sigmoid),
    "mish": ("Mish", lambda x: x * np.tanh(softplus(x)), _mish_d),
    "softsign": ("Softsign", lambda x: x / (1 + np.abs(x)), lambda x: 1 / (1 + np.abs(x)) ** 2),
    "identity": ("Identity", lambda x: x, lambda x: np.ones_like(x)),
}


def draw(out, fid):
    name, f, df = FUNCTIONS[fid]
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.8), dpi=100)
    x = np.linspace(-20, 20, 1000)
    axes[0].plot(x, f(x))
    axes[0].grid()
    axes[0].set_title(f"{name} function")
    axes[1].plot(x, df(x))
    axes[1].grid()
    axes[1].set_title(f"{name} derivative")
    for ext in ("png", "svg"):
        fig.savefig(os.path.join(out, f"{fid}.{ext}"), dpi=100)
    plt.close(fig)


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: recipe.py OUT_DIR [ID ...]")
    out, ids = argv[1], argv[2:] or list(FUNCTIONS)
    unknown = [i for i in ids if i not in FUNCTIONS]
    if unknown:
        sys.exit(f"recipe.py: unknown id(s) {', '.join(unknown)}; known: {', '.join(FUNCTIONS)}")
    os.makedirs(out, exist_ok=True)
    for fid in ids:
        draw(out, fid)


if __name__ == "__main__":
    main(sys.argv)
