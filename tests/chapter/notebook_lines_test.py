#!/usr/bin/python3
""""Check it in your notebook": the lines fontshade copies make the chapter's notebook print the numbers
fontshade shows.

usage: notebook_lines_test.py --book BOOK.csv -- CMD...   (CMD runs fontshade-cli, natively or under node)

For each case, `fontshade-cli notebook --step K [options]` gives the lines the app's button copies; they
run with Debian's Python after the chapter's cells (tests/chapter/chapter_cells.py), and what they print
must be fontshade's numbers: line K of `fontshade-cli trace` (the sample colour exactly; Z1, A1, Z2, A2,
every gradient and every parameter after the step within 1e-10), or, for scikit-learn's trainer,
`fontshade-cli mlp --json --max-iter E` (coefs_, intercepts_ and loss_ within 1e-9, n_iter_ exactly).
A step a notebook cannot check is refused with its reason. Prints PASS/FAIL lines and "N passed, N failed".
"""
import json
import subprocess
import sys

import numpy as np

from harness import command_line  # also puts bench/ on the path
from chapter_notebook import run_after_cells  # noqa: E402

TOLERANCE = 1e-10


def run(cli, args):
    return subprocess.run(cli + args, check=True, stdout=subprocess.PIPE).stdout.decode()


def printed_values(printed):
    """print("name", value, "name", value, ...) calls as {name: value} (a name's last word is its key)."""
    values = {}
    for args in printed:
        for name, value in zip(args[0::2], args[1::2]):
            values[name.split()[-1]] = value
    return values


def largest_difference(pairs):
    worst = 0.0
    for mine, theirs in pairs:
        a, b = np.asarray(mine, dtype=float), np.asarray(theirs, dtype=float)
        a = np.broadcast_to(a, b.shape) if a.size == 1 or a.shape[0] == 1 else a
        worst = max(worst, float(np.max(np.abs(a.reshape(b.shape) - b))))
    return worst


def check_chapter_step(book, cli, options, step):
    lines = run(cli, ["notebook", "--step", str(step)] + options)
    got = printed_values(run_after_cells(book, lines))
    line = json.loads(run(cli, ["trace", "--steps", str(step), "--from", str(step)] + options).splitlines()[0])
    after = line["after"]
    same_sample = got["sample"] == [[round(v * 255) for v in line["X"]]] and got["Y"] == [line["Y"]]
    worst = largest_difference([
        (got["Z1"], [line["Z1"]]), (got["A1"], [line["A1"]]), (got["Z2"], line["Z2"]), (got["A2"], line["A2"]),
        (got["dC_dW1"], line["dC_dW1"]), (got["dC_dB1"], [line["dC_dB1"]]), (got["dC_dW2"], line["dC_dW2"]),
        (got["dC_dB2"], line["dC_dB2"]), (got["w_hidden"], after["w_hidden"]), (got["b_hidden"], [after["b_hidden"]]),
        (got["w_output"], after["w_output"]), (got["b_output"], after["b_output"])])
    return same_sample and worst < TOLERANCE, "sample %s, largest difference %.3g" % (
        "the same" if same_sample else "DIFFERENT", worst)


def check_sklearn_batch(book, cli, options, step, epochs):
    lines = run(cli, ["notebook", "--step", str(step), "--trainer", "sklearn"] + options)
    got = printed_values(run_after_cells(book, lines))
    fit = json.loads(run(cli, ["mlp", "--json", "--max-iter", str(epochs)] + options))
    worst = largest_difference([(np.concatenate([np.ravel(c) for c in got["coefs_"]]),
                                 np.concatenate([np.ravel(c) for c in fit["coefs_"]])),
                                (np.concatenate([np.ravel(c) for c in got["intercepts_"]]),
                                 np.concatenate([np.ravel(c) for c in fit["intercepts_"]])),
                                (got["loss_"], fit["loss_curve_"][-1])])
    ok = got["n_iter_"] == fit["n_iter_"] == epochs and worst < 1e-9
    return ok, "n_iter_ %d, largest difference %.3g" % (got["n_iter_"], worst)


def main(argv):
    args = command_line(argv, __doc__)
    if not args:
        return 2
    book, cli, tally = args
    report = tally.report

    for options, step in ((["--rng", "numpy", "--gradient", "chapter", "--seed", "7"], 250),
                          (["--rng", "numpy", "--seed", "3", "--hidden", "4", "--lr", "0.1"], 500),
                          (["--seed", "5"], 1234),
                          (["--seed", "9", "--gradient", "chapter", "--hidden", "2"], 1)):
        ok, text = check_chapter_step(book, cli, options, step)
        report(ok, "notebook %s at step %d: %s" % (" ".join(options), step, text))
    lines = run(cli, ["notebook", "--step", "0", "--rng", "numpy", "--seed", "2"])
    got = printed_values(run_after_cells(book, lines))
    first = json.loads(run(cli, ["trace", "--steps", "1", "--rng", "numpy", "--seed", "2"]).splitlines()[0])
    worst = largest_difference([(got["w_hidden"], first["w_hidden"]), (got["b_output"], first["b_output"])])
    report(worst == 0, "notebook --rng numpy --seed 2 at step 0: the starting weights, difference %.3g" % worst)
    for options, step, epochs in ((["--seed", "1"], 12, 2), (["--seed", "4", "--hidden", "2", "--activation", "tanh"], 50, 10)):
        ok, text = check_sklearn_batch(book, cli, options, step, epochs)
        report(ok, "notebook --trainer sklearn %s at batch %d: %s" % (" ".join(options), step, text))
    refused = subprocess.run(cli + ["notebook", "--step", "5", "--data", "synthetic"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    report(refused.returncode == 2 and b"not the synthetic set" in refused.stderr,
           "notebook --data synthetic is refused with its reason (exit %d)" % refused.returncode)
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
