#!/usr/bin/python3
"""Python reference for the notebook figures of `fontshade bench` (scripts/bench.sh prints them side by side):
the chapter's two programs as a student runs them, after np.random.seed(1).

- The NumPy loop exactly as the notebook draws its samples: np.random.choice(n, 1, replace=False) every
  step (a whole permutation of the training rows each time), then forward_prop and backward_prop
  (bench/chapter_notebook.py: the chapter's arithmetic, written for this project). Microseconds per step,
  median of --repeats runs of --steps steps.
- The scikit-learn cell: train_test_split(test_size=1/3), then MLPClassifier(solver='sgd',
  hidden_layer_sizes=(3,), activation='relu', max_iter=100_000, learning_rate_init=.05).fit: the fit's
  milliseconds, median of --repeats fits (each after np.random.seed(1), so the same fit), its n_iter_
  and test score.

A benchmark: it prints figures and asserts nothing. Run it with Debian's Python (NumPy, pandas,
scikit-learn): /usr/bin/python3 bench/sklearn_chapter.py [--json]
"""
import argparse
import json
import os
import statistics
import sys
import time
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

import chapter_notebook  # bench/: the notebook's cells and loop

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "data", "light_dark_font_training_set.csv"))


def notebook_step_seconds(book, steps):
    """The notebook's loop (bench/chapter_notebook.py), after np.random.seed(1): seconds a step."""
    ns = chapter_notebook.start(book, 1)
    t0 = time.perf_counter()
    for _ in range(steps):
        chapter_notebook.step(ns)
    return (time.perf_counter() - t0) / steps


def fit(inputs, outputs):
    np.random.seed(1)
    X_train, X_test, Y_train, Y_test = train_test_split(inputs, outputs, test_size=1 / 3)
    nn = MLPClassifier(solver="sgd", hidden_layer_sizes=(3,), activation="relu", max_iter=100_000,
                       learning_rate_init=.05)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        t0 = time.perf_counter()
        nn.fit(X_train, Y_train)
        seconds = time.perf_counter() - t0
    return seconds, nn.n_iter_, nn.score(X_test, Y_test)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--steps", type=int, default=5000, help="notebook steps per timed run (default 5000)")
    p.add_argument("--repeats", type=int, default=5, help="timed runs and fits (default 5)")
    p.add_argument("--data", default=DEFAULT_DATA, help="the book's CSV (default: %(default)s)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    a = p.parse_args(argv)
    if a.steps < 1 or a.repeats < 1:
        p.error("--steps and --repeats must be at least 1")
    table = pd.read_csv(a.data)
    inputs, outputs = table.iloc[:, 0:3].values / 255.0, table.iloc[:, -1].values
    step_s = [notebook_step_seconds(a.data, a.steps) for _ in range(a.repeats)]
    fits = [fit(inputs, outputs) for _ in range(a.repeats)]
    report = {
        "notebook_us_per_step": statistics.median(step_s) * 1e6,
        "notebook_best_us_per_step": min(step_s) * 1e6,
        "fit_ms": statistics.median(f[0] for f in fits) * 1e3,
        "best_fit_ms": min(f[0] for f in fits) * 1e3,
        "n_iter": fits[0][1],
        "test_score": fits[0][2],
        "repeats": a.repeats,
        "steps_timed": a.steps,
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
    }
    if a.json:
        print(json.dumps(report))
        return 0
    print(f"NumPy {np.__version__}, scikit-learn {sklearn.__version__}, after np.random.seed(1):")
    print(f"  the notebook's loop (choice every step): {report['notebook_us_per_step']:8.1f} us a step "
          f"(median of {a.repeats} runs of {a.steps:,} steps)")
    print(f"  MLPClassifier(solver='sgd').fit:         {report['fit_ms']:8.1f} ms "
          f"({report['n_iter']} epochs, test score {report['test_score']:.4f}; median of {a.repeats})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
