#!/usr/bin/python3
"""NumPy reference for `fontshade bench`: the chapter's 3-3-1 network (Nield, "Essential Math for
Data Science", ch. 7) trained by stochastic gradient descent, one random training row per step.

Prints microseconds per SGD step (median of --repeats timed runs of --steps steps each), the time
of one full 100,000-step run, and the test accuracy after that run. A benchmark: it prints figures
and asserts nothing.

Run it with Debian's Python, which has NumPy:  /usr/bin/python3 bench/numpy_chapter.py [--json]

The network follows the chapter's notebook, shapes included: X is a 3x1 column, one sample per step,
and the backward pass is the chain of matrix products named after the partial derivatives. Taken
literally (the default, --gradient notebook), `dC_dA1 @ dA1_dZ1` is a (1x3)@(3x1) product, i.e. a
1x1 sum over the active hidden units, so dC_dW1 comes out 1x3 and dC_dB1 1x1, and NumPy broadcasts
the same update onto every row of w_hidden and every entry of b_hidden. --gradient elementwise uses
the per-unit gradient instead (dC_dZ1 = dC_dA1.T * dA1_dZ1, a 3x1 column), which is what fontshade's
C++ core computes; it costs the same number of NumPy calls per step.
"""
import argparse
import json
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "data", "light_dark_font_training_set.csv"))
FULL_RUN_STEPS = 100_000
L = 0.05  # learning rate


def load(path, seed):
    """Reads the book's CSV (RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND) and splits it 2/3 train,
    1/3 test after a shuffle seeded with `seed`. Inputs are scaled to [0, 1]."""
    with open(path, newline="") as f:
        header = f.readline().strip().split(",")
    expected = ["RED", "GREEN", "BLUE", "LIGHT_OR_DARK_FONT_IND"]
    if [h.strip().upper() for h in header] != expected:
        raise ValueError(f"{path}: header is {header}, expected {','.join(expected)}")
    data = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    X = data[:, 0:3] / 255.0
    Y = data[:, 3]
    order = np.random.RandomState(seed).permutation(len(X))
    X, Y = X[order], Y[order]
    n_train = (2 * len(X)) // 3
    return X[:n_train], Y[:n_train], X[n_train:], Y[n_train:]


def relu(x):
    return np.maximum(x, 0)


def logistic(x):
    return 1.0 / (1.0 + np.exp(-x))


def d_relu(x):
    return x > 0


def d_logistic(x):
    return np.exp(-x) / (1.0 + np.exp(-x)) ** 2


class Network:
    def __init__(self, gradient):
        # The chapter's initialisation: uniform [0, 1) from NumPy's global generator.
        self.w_hidden = np.random.rand(3, 3)
        self.w_output = np.random.rand(1, 3)
        self.b_hidden = np.random.rand(3, 1)
        self.b_output = np.random.rand(1, 1)
        self.elementwise = gradient == "elementwise"

    def forward_prop(self, X):
        Z1 = self.w_hidden @ X + self.b_hidden
        A1 = relu(Z1)
        Z2 = self.w_output @ A1 + self.b_output
        A2 = logistic(Z2)
        return Z1, A1, Z2, A2

    def backward_prop(self, Z1, A1, Z2, A2, X, Y):
        dC_dA2 = 2 * A2 - 2 * Y
        dA2_dZ2 = d_logistic(Z2)
        dZ2_dA1 = self.w_output
        dZ2_dW2 = A1
        dZ2_dB2 = 1
        dA1_dZ1 = d_relu(Z1)
        dZ1_dW1 = X
        dZ1_dB1 = 1

        dC_dW2 = dC_dA2 @ dA2_dZ2 @ dZ2_dW2.T
        dC_dB2 = dC_dA2 @ dA2_dZ2 * dZ2_dB2
        dC_dA1 = dC_dA2 @ dA2_dZ2 @ dZ2_dA1
        if self.elementwise:
            dC_dZ1 = dC_dA1.T * dA1_dZ1          # 3x1: each hidden unit's own slope
            dC_dW1 = dC_dZ1 @ dZ1_dW1.T          # 3x3
            dC_dB1 = dC_dZ1 * dZ1_dB1            # 3x1
        else:
            dC_dW1 = dC_dA1 @ dA1_dZ1 @ dZ1_dW1.T  # (1x3)@(3x1)@(1x3) = 1x3, broadcast on update
            dC_dB1 = dC_dA1 @ dA1_dZ1 * dZ1_dB1    # 1x1, broadcast on update
        return dC_dW1, dC_dB1, dC_dW2, dC_dB2

    def train(self, X_train, Y_train, steps):
        n = len(X_train)
        # One random training row per step; the indices are drawn in one call at the start of the
        # run (inside the timed region) rather than one np.random call per step.
        picks = np.random.randint(0, n, size=steps)
        for idx in picks:
            X_sample = X_train[idx].reshape(3, 1)
            Y_sample = Y_train[idx]
            Z1, A1, Z2, A2 = self.forward_prop(X_sample)
            dW1, dB1, dW2, dB2 = self.backward_prop(Z1, A1, Z2, A2, X_sample, Y_sample)
            self.w_hidden -= L * dW1
            self.b_hidden -= L * dB1
            self.w_output -= L * dW2
            self.b_output -= L * dB2

    def accuracy(self, X, Y):
        A2 = self.forward_prop(X.T)[3]  # all rows at once: 1xN
        return float(np.mean((A2[0] >= 0.5) == (Y == 1)))


def timed_run(X_train, Y_train, steps, seed, gradient):
    np.random.seed(seed)
    net = Network(gradient)
    t0 = time.perf_counter()
    net.train(X_train, Y_train, steps)
    return time.perf_counter() - t0, net


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--steps", type=int, default=20_000,
                   help="SGD steps per timed run (default 20000)")
    p.add_argument("--repeats", type=int, default=5,
                   help="timed runs; us_per_step is their median (default 5)")
    p.add_argument("--seed", type=int, default=1,
                   help="seed of the train/test shuffle; timed run k is seeded seed+k (default 1)")
    p.add_argument("--data", default=DEFAULT_DATA,
                   help="the book's CSV (default: %(default)s)")
    p.add_argument("--gradient", choices=["notebook", "elementwise"], default="notebook",
                   help="hidden-layer gradient: the notebook's literal matrix chain (default) "
                        "or the per-unit one")
    p.add_argument("--json", action="store_true",
                   help="one JSON object: us_per_step, steps_timed, test_accuracy, ...")
    a = p.parse_args(argv)
    if a.steps < 1 or a.repeats < 1:
        p.error("--steps and --repeats must be at least 1")
    try:
        X_train, Y_train, X_test, Y_test = load(a.data, a.seed)
    except (OSError, ValueError) as e:
        print(f"numpy_chapter.py: {e}", file=sys.stderr)
        return 1

    per_step = []
    for k in range(a.repeats):
        seconds, _ = timed_run(X_train, Y_train, a.steps, a.seed + k, a.gradient)
        per_step.append(seconds / a.steps)
    us_per_step = float(np.median(per_step)) * 1e6
    best_us_per_step = float(np.min(per_step)) * 1e6

    full_s, net = timed_run(X_train, Y_train, FULL_RUN_STEPS, a.seed, a.gradient)
    acc = net.accuracy(X_test, Y_test)

    if a.json:
        print(json.dumps({
            "us_per_step": us_per_step,
            "best_us_per_step": best_us_per_step,
            "steps_timed": a.steps,
            "repeats": a.repeats,
            "run_100k_ms": full_s * 1e3,
            "test_accuracy": acc,
            "train_rows": len(X_train),
            "test_rows": len(X_test),
            "gradient": a.gradient,
            "numpy": np.__version__,
        }))
        return 0
    print(f"NumPy {np.__version__}, the chapter's 3-3-1 network (relu, logistic, squared error, "
          f"L {L}), gradient: {a.gradient}")
    print(f"data: {a.data} ({len(X_train)} train / {len(X_test)} test rows, split seed {a.seed})")
    print(f"  SGD step:        {us_per_step:8.2f} us (median of {a.repeats} runs of {a.steps:,} steps)")
    print(f"  100,000 steps:   {full_s * 1e3:8.0f} ms (one run)")
    print(f"  test accuracy:   {acc * 100:8.2f} % (after that run)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
