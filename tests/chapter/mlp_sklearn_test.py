#!/usr/bin/python3
"""`fontshade-cli mlp` trains what the chapter's scikit-learn cell trains, number for number.

usage: mlp_sklearn_test.py --book BOOK.csv -- CMD...   (CMD runs fontshade-cli, natively or under node)

For each case, scikit-learn itself (Debian's python3-sklearn 1.2) runs the cell after
np.random.seed(S): train_test_split(X, Y, test_size=1/3), then
MLPClassifier(solver='sgd', hidden_layer_sizes=(H,), activation=A, max_iter=100_000,
learning_rate_init=L).fit(X_train, Y_train). `fontshade-cli mlp --seed S --hidden H --activation A
--lr L --json` must give n_iter_ exactly, every coefs_, intercepts_ and loss_curve_ entry within 1e-9,
and the same train and test scores. Prints PASS/FAIL lines and "N passed, N failed".
"""
import json
import os
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import pandas as pd
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

from harness import command_line

TOLERANCE = 1e-9

# (seed, hidden, activation, L, rows of the book to use: None for all). A 45-row file trains on 30
# rows: one batch an epoch, the whole training set.
CASES = [
    (1, 3, "relu", 0.05, None),        # the chapter's cell
    (2, 3, "relu", 0.05, None),
    (3, 1, "relu", 0.05, None),        # one hidden node: np.mean over one column adds pairwise
    (6, 16, "relu", 0.05, None),
    (5, 5, "relu", 0.5, None),
    (1, 3, "tanh", 0.05, None),
    (4294967295, 3, "logistic", 0.2, None),  # the largest seed np.random.seed takes
    (9, 2, "relu", 0.01, 45),
]


def sklearn_fit(book, seed, hidden, activation, lr, rows):
    df = pd.read_csv(book)
    if rows:
        df = df.iloc[:rows]
    X = df.values[:, :-1] / 255.0
    Y = df.values[:, -1]
    np.random.seed(seed)
    X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=1 / 3)
    nn = MLPClassifier(solver="sgd", hidden_layer_sizes=(hidden,), activation=activation, max_iter=100_000,
                       learning_rate_init=lr)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        nn.fit(X_train, Y_train)
    return {"coefs_": [c.tolist() for c in nn.coefs_], "intercepts_": [c.tolist() for c in nn.intercepts_],
            "n_iter_": nn.n_iter_, "loss_curve_": nn.loss_curve_,
            "train_score": nn.score(X_train, Y_train), "test_score": nn.score(X_test, Y_test)}


def largest_difference(ours, theirs):
    worst = 0.0
    for key in ("coefs_", "intercepts_"):
        if len(ours[key]) != len(theirs[key]):
            return float("inf")
        for a, b in zip(ours[key], theirs[key]):
            a, b = np.array(a, dtype=float), np.array(b, dtype=float)
            if a.shape != b.shape:
                return float("inf")
            worst = max(worst, float(np.max(np.abs(a - b))))
    if len(ours["loss_curve_"]) != len(theirs["loss_curve_"]):
        return float("inf")
    return max(worst, float(np.max(np.abs(np.array(ours["loss_curve_"]) - np.array(theirs["loss_curve_"])))))


def main(argv):
    args = command_line(argv, __doc__)
    if not args:
        return 2
    book, cli, tally = args
    with tempfile.TemporaryDirectory() as tmp:
        for seed, hidden, activation, lr, rows in CASES:
            data = book
            if rows:
                data = os.path.join(tmp, "first_%d.csv" % rows)
                with open(book) as f, open(data, "w") as out:
                    out.writelines(f.readlines()[:rows + 1])
            theirs = sklearn_fit(data, seed, hidden, activation, lr, rows)
            ours = json.loads(subprocess.run(
                cli + ["mlp", "--json", "--seed", str(seed), "--hidden", str(hidden), "--activation", activation,
                       "--lr", repr(lr), "--data", data], check=True, stdout=subprocess.PIPE).stdout)
            difference = largest_difference(ours, theirs)
            ok = (ours["n_iter_"] == theirs["n_iter_"] and difference < TOLERANCE
                  and ours["train_score"] == theirs["train_score"] and ours["test_score"] == theirs["test_score"])
            tally.report(ok, "seed %d, hidden %d %s, L %g%s: n_iter_ %d (scikit-learn %d), largest difference %.3g, "
                         "test score %.4f (scikit-learn %.4f)"
                         % (seed, hidden, activation, lr, ", %d rows" % rows if rows else "",
                            ours["n_iter_"], theirs["n_iter_"], difference, ours["test_score"], theirs["test_score"]))
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
