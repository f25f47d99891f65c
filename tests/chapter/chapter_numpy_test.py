#!/usr/bin/env python3
"""`--gradient chapter` reproduces the chapter's own NumPy code, step by step.

usage: chapter_numpy_test.py --book BOOK.csv -- CMD...   (CMD runs fontshade-cli, natively or under node)

The chapter's forward_prop and backward_prop (bench/numpy_chapter.py's Network, gradient "notebook":
the chapter's names, shapes and `@` products, (1x3) @ (3x1) for dC_dA1 @ dA1_dZ1, which sums over the
hidden nodes) are given the run's starting parameters (the `before` of trace line 1) and the run's sample order (the
`sample` field of each line), and every step's parameters after the update must agree with fontshade's
to 1e-9 (NumPy's exp and fontshade's portable exp may differ in the last bit). The same comparison
against `--gradient true` must fail: the check can tell the two apart. Prints PASS/FAIL lines and
"N passed, N failed".
"""
import json
import os
import subprocess
import sys

import numpy as np

STEPS = 1000
TOLERANCE = 1e-9


# The chapter's code, once, in the NumPy bench (its Network with gradient "notebook" is the chapter's
# backward_prop as printed).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
import numpy_chapter  # noqa: E402


class ChapterNetwork:
    """The chapter's network from the bench, started at the run's parameters, shaped as the chapter shapes them."""

    def __init__(self, before):
        self.net = numpy_chapter.Network("notebook")
        self.net.w_hidden = np.array(before["w_hidden"], dtype=float)            # 3 x 3
        self.net.b_hidden = np.array(before["b_hidden"], dtype=float)[:, None]   # 3 x 1
        self.net.w_output = np.array(before["w_output"], dtype=float)            # 1 x 3
        self.net.b_output = np.array([[before["b_output"]]], dtype=float)        # 1 x 1

    def step(self, X, Y, L):
        net = self.net
        Z1, A1, Z2, A2 = net.forward_prop(X)
        dW1, dB1, dW2, dB2 = net.backward_prop(Z1, A1, Z2, A2, X, Y)
        net.w_hidden -= L * dW1
        net.b_hidden -= L * dB1
        net.w_output -= L * dW2
        net.b_output -= L * dB2
        return dW1, dB1

    w_hidden = property(lambda self: self.net.w_hidden)
    b_hidden = property(lambda self: self.net.b_hidden)
    w_output = property(lambda self: self.net.w_output)
    b_output = property(lambda self: self.net.b_output)


def read_book(path):
    rows = np.loadtxt(path, delimiter=",", skiprows=1)
    return rows[:, :3] / 255, rows[:, 3]


def trace(cli, gradient, seed):
    out = subprocess.run(cli + ["trace", "--gradient", gradient, "--seed", str(seed), "--steps", str(STEPS)],
                         check=True, stdout=subprocess.PIPE).stdout.decode()
    return [json.loads(line) for line in out.splitlines()]


def largest_difference(lines, X, Y):
    """Runs the chapter's loop on the trace's start and sample order; the largest relative difference
    from the trace's parameters after each step, and from its dC_dW1 (the chapter's 1 x 3 row, which
    NumPy broadcasts to every row of w_hidden)."""
    net = ChapterNetwork(lines[0])
    worst = 0.0
    for line in lines:
        row = line["sample"]
        dW1, dB1 = net.step(X[row][:, None], np.array([Y[row]]), line["L"])
        after = line["after"]
        for mine, theirs in ((net.w_hidden, after["w_hidden"]), (net.b_hidden[:, 0], after["b_hidden"]),
                             (net.w_output, after["w_output"]), (net.b_output[0, 0], after["b_output"]),
                             (np.broadcast_to(dW1, (3, 3)), line["dC_dW1"]),
                             (np.broadcast_to(dB1[0], (3,)), line["dC_dB1"])):
            theirs = np.array(theirs, dtype=float)
            scale = np.maximum(np.abs(theirs), 1e-12)
            worst = max(worst, float(np.max(np.abs(np.asarray(mine) - theirs) / scale)))
    return worst


def main(argv):
    if "--" not in argv or argv[0] != "--book":
        print(__doc__, file=sys.stderr)
        return 2
    book, cli = argv[1], argv[argv.index("--") + 1:]
    X, Y = read_book(book)
    passed = failed = 0
    for seed in (1, 2, 7):
        lines = trace(cli, "chapter", seed)
        chapter = largest_difference(lines, X, Y)
        ok = len(lines) == STEPS and chapter < TOLERANCE
        print("%s --gradient chapter, seed %d: %d steps, largest relative difference from the chapter's NumPy %.3g"
              % ("PASS" if ok else "FAIL", seed, len(lines), chapter))
        passed, failed = passed + ok, failed + (not ok)
    true_lines = trace(cli, "true", 1)
    true_difference = largest_difference(true_lines, X, Y)
    ok = true_difference > 1e-3
    print("%s --gradient true differs from the chapter's NumPy (largest relative difference %.3g)"
          % ("PASS" if ok else "FAIL", true_difference))
    passed, failed = passed + ok, failed + (not ok)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
