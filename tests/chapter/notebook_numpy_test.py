#!/usr/bin/python3
"""`--rng numpy --gradient chapter` is the chapter's notebook, number for number.

usage: notebook_numpy_test.py --book BOOK.csv -- CMD...   (CMD runs fontshade-cli, natively or under node)

The notebook is rendered here in this project's own lines (the chapter's names and arithmetic:
forward_prop, backward_prop with `dC_dA1 @ dA1_dZ1`, the loop), run after np.random.seed(S) with
Debian's NumPy, pandas and scikit-learn: train_test_split(test_size=1/3), rand for w_hidden, w_output,
b_hidden, b_output, then np.random.choice(n, 1, replace=False) every step. For several seeds and
3,000 steps, `fontshade-cli trace --rng numpy --gradient chapter --seed S` must draw the same sample
colour at every step and agree on every parameter after every step within 1e-10, and `train --json`
must give the same test accuracy. The same samples must come with the true gradient (only the
gradient differs), and fontshade's own generator must not give them (the check can tell). Prints
PASS/FAIL lines and "N passed, N failed".
"""
import json
import subprocess
import sys

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

STEPS = 3000
TOLERANCE = 1e-10
SEEDS = (0, 1, 7, 2024, 4294967295)


def notebook(book, seed, steps):
    """The chapter's program after np.random.seed(seed): each step's sample colour and parameters after
    the step, and the test accuracy at the end."""
    table = pd.read_csv(book)
    inputs = table.iloc[:, 0:3].values / 255.0
    outputs = table.iloc[:, -1].values
    np.random.seed(seed)
    X_train, X_test, Y_train, Y_test = train_test_split(inputs, outputs, test_size=1 / 3)
    n = X_train.shape[0]
    w_hidden = np.random.rand(3, 3)
    w_output = np.random.rand(1, 3)
    b_hidden = np.random.rand(3, 1)
    b_output = np.random.rand(1, 1)

    def forward_prop(X):
        Z1 = w_hidden @ X + b_hidden
        A1 = np.maximum(Z1, 0)
        Z2 = w_output @ A1 + b_output
        A2 = 1 / (1 + np.exp(-Z2))
        return Z1, A1, Z2, A2

    def backward_prop(Z1, A1, Z2, A2, X, Y):
        dC_dA2 = 2 * A2 - 2 * Y
        dA2_dZ2 = np.exp(-Z2) / (1 + np.exp(-Z2)) ** 2
        dZ2_dA1, dZ2_dW2, dZ2_dB2 = w_output, A1, 1
        dA1_dZ1, dZ1_dW1, dZ1_dB1 = Z1 > 0, X, 1
        dC_dW2 = dC_dA2 @ dA2_dZ2 @ dZ2_dW2.T
        dC_dB2 = dC_dA2 @ dA2_dZ2 * dZ2_dB2
        dC_dA1 = dC_dA2 @ dA2_dZ2 @ dZ2_dA1
        dC_dW1 = dC_dA1 @ dA1_dZ1 @ dZ1_dW1.T  # (1 x 3) @ (3 x 1): one sum for every hidden node
        dC_dB1 = dC_dA1 @ dA1_dZ1 * dZ1_dB1
        return dC_dW1, dC_dB1, dC_dW2, dC_dB2

    L = 0.05
    colours, after = [], []
    for _ in range(steps):
        idx = np.random.choice(n, 1, replace=False)
        X_sample, Y_sample = X_train[idx].T, Y_train[idx]
        dW1, dB1, dW2, dB2 = backward_prop(*forward_prop(X_sample), X_sample, Y_sample)
        w_hidden -= L * dW1
        b_hidden -= L * dB1
        w_output -= L * dW2
        b_output -= L * dB2
        colours.append(tuple(int(round(v * 255)) for v in X_sample[:, 0]))
        after.append((w_hidden.copy(), b_hidden[:, 0].copy(), w_output.copy(), b_output[0, 0]))
    right = (forward_prop(X_test.T)[3] >= 0.5).flatten().astype(int) == Y_test
    return colours, after, int(right.sum()), len(Y_test)


def run(cli, args):
    return subprocess.run(cli + args, check=True, stdout=subprocess.PIPE).stdout.decode()


def trace(cli, seed, rng="numpy", gradient="chapter"):
    out = run(cli, ["trace", "--rng", rng, "--gradient", gradient, "--seed", str(seed), "--steps", str(STEPS)])
    return [json.loads(line) for line in out.splitlines()]


def colour_of(line):
    return tuple(int(round(v * 255)) for v in line["X"])


def compare(lines, colours, after):
    """The first step whose colour differs (or None) and the largest difference of any parameter."""
    first_other_colour = next((k + 1 for k, line in enumerate(lines) if colour_of(line) != colours[k]), None)
    worst = 0.0
    for line, mine in zip(lines, after):
        theirs = line["after"]
        for a, b in zip(mine, (theirs["w_hidden"], theirs["b_hidden"], theirs["w_output"], theirs["b_output"])):
            worst = max(worst, float(np.max(np.abs(np.asarray(a, dtype=float) - np.asarray(b, dtype=float)))))
    return first_other_colour, worst


def main(argv):
    if "--" not in argv or argv[0] != "--book":
        print(__doc__, file=sys.stderr)
        return 2
    book, cli = argv[1], argv[argv.index("--") + 1:]
    passed = failed = 0

    def report(ok, text):
        nonlocal passed, failed
        print(("PASS " if ok else "FAIL ") + text)
        passed, failed = passed + ok, failed + (not ok)

    for seed in SEEDS:
        colours, after, right, rows = notebook(book, seed, STEPS)
        lines = trace(cli, seed)
        other, worst = compare(lines, colours, after)
        report(len(lines) == STEPS and other is None and worst < TOLERANCE,
               "seed %d: %d steps, %s, largest parameter difference from the notebook %.3g"
               % (seed, len(lines), "the same sample colour every step" if other is None else
                  "another colour at step %d" % other, worst))
        trained = json.loads(run(cli, ["train", "--rng", "numpy", "--gradient", "chapter", "--seed", str(seed),
                                       "--steps", str(STEPS), "--json"]))
        ours = round(trained["test_accuracy"] * rows)
        report(ours == right and abs(trained["test_accuracy"] - right / rows) < 1e-15,
               "seed %d: test accuracy %d / %d (the notebook %d / %d)" % (seed, ours, rows, right, rows))

    colours, _, _, _ = notebook(book, 1, STEPS)
    true_lines = trace(cli, 1, gradient="true")
    report(compare(true_lines, colours, [])[0] is None,
           "--rng numpy with the true gradient draws the notebook's samples (only the gradient differs)")
    own = trace(cli, 1, rng="fontshade")
    report(compare(own, colours, [])[0] is not None, "--rng fontshade draws other samples (the check can tell)")
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
