"""The chapter's notebook cells as a student has them run, rendered in this project's own lines (the
chapter's names and arithmetic: all_inputs, all_outputs, L, relu, logistic, d_relu, d_logistic,
forward_prop, backward_prop reading the globals w_hidden, b_hidden, w_output, b_output), for tests that
paste fontshade's lines after them (tests/chapter/notebook_lines_test.py)."""

import warnings

CELLS = '''
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

all_data = pd.read_csv(BOOK)
L = 0.05
all_inputs = all_data.iloc[:, 0:3].values / 255.0
all_outputs = all_data.iloc[:, -1].values

relu = lambda x: np.maximum(x, 0)
logistic = lambda x: 1 / (1 + np.exp(-x))
d_relu = lambda x: x > 0
d_logistic = lambda x: np.exp(-x) / (1 + np.exp(-x)) ** 2


def forward_prop(X):
    Z1 = w_hidden @ X + b_hidden
    A1 = relu(Z1)
    Z2 = w_output @ A1 + b_output
    A2 = logistic(Z2)
    return Z1, A1, Z2, A2


def backward_prop(Z1, A1, Z2, A2, X, Y):
    dC_dA2 = 2 * A2 - 2 * Y
    dA2_dZ2 = d_logistic(Z2)
    dZ2_dA1, dZ2_dW2, dZ2_dB2 = w_output, A1, 1
    dA1_dZ1, dZ1_dW1, dZ1_dB1 = d_relu(Z1), X, 1
    dC_dW2 = dC_dA2 @ dA2_dZ2 @ dZ2_dW2.T
    dC_dB2 = dC_dA2 @ dA2_dZ2 * dZ2_dB2
    dC_dA1 = dC_dA2 @ dA2_dZ2 @ dZ2_dA1
    dC_dW1 = dC_dA1 @ dA1_dZ1 @ dZ1_dW1.T
    dC_dB1 = dC_dA1 @ dA1_dZ1 * dZ1_dB1
    return dC_dW1, dC_dB1, dC_dW2, dC_dB2
'''


def run_after_cells(book, lines):
    """Runs the cells, then `lines`, in one namespace; returns what each print() call was given."""
    printed = []
    namespace = {"BOOK": book, "print": lambda *args: printed.append(args)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scikit-learn's warning that fit stopped at max_iter, as asked
        exec(CELLS, namespace)  # noqa: S102 - the test's own text
        exec(lines, namespace)  # noqa: S102 - fontshade's lines, as a student pastes them
    return printed
