#!/usr/bin/python3
"""`--rng numpy --gradient chapter` is the chapter's notebook, number for number.

usage: notebook_numpy_test.py --book BOOK.csv -- CMD...   (CMD runs fontshade-cli, natively or under node)

The notebook is rendered in this project's own lines (bench/chapter_notebook.py: the chapter's names and
arithmetic, forward_prop, backward_prop with `dC_dA1 @ dA1_dZ1`, the loop), run after np.random.seed(S)
with Debian's NumPy, pandas and scikit-learn: train_test_split(test_size=1/3), rand for w_hidden, w_output,
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

from harness import command_line  # also puts bench/ on the path
import chapter_notebook  # noqa: E402

STEPS = 3000
TOLERANCE = 1e-10
SEEDS = (0, 1, 7, 2024, 4294967295)


def notebook(book, seed, steps):
    """The chapter's program after np.random.seed(seed) (bench/chapter_notebook.py): each step's sample
    colour and parameters after the step, and the right answers on the test third at the end."""
    ns = chapter_notebook.start(book, seed)
    colours, after = [], []
    for _ in range(steps):
        chapter_notebook.step(ns)
        colours.append(tuple(int(round(v * 255)) for v in ns["X_sample"][:, 0]))
        after.append((ns["w_hidden"].copy(), ns["b_hidden"][:, 0].copy(), ns["w_output"].copy(), ns["b_output"][0, 0]))
    rows = len(ns["Y_test"])
    return colours, after, round(chapter_notebook.test_accuracy(ns) * rows), rows


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
    args = command_line(argv, __doc__)
    if not args:
        return 2
    book, cli, tally = args
    report = tally.report

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
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
