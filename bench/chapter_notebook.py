"""The chapter's notebook as a student has it run, rendered in this project's own lines (the chapter's
names and arithmetic, not its text): the cells (all_inputs, all_outputs, L, relu, logistic, d_relu,
d_logistic, forward_prop and backward_prop reading the globals w_hidden, b_hidden, w_output, b_output),
then np.random.seed(S), the split and rand for the weights (start), and the loop's body (step).
Used by the bench (bench/sklearn_chapter.py times the loop) and by the tests that hold fontshade to the
notebook (tests/chapter/notebook_numpy_test.py, notebook_lines_test.py). Debian's Python: NumPy,
pandas, scikit-learn."""

import warnings

import numpy as np

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


START = '''
np.random.seed(SEED)
X_train, X_test, Y_train, Y_test = train_test_split(all_inputs, all_outputs, test_size=1/3)
n = X_train.shape[0]
w_hidden = np.random.rand(3, 3)
w_output = np.random.rand(1, 3)
b_hidden = np.random.rand(3, 1)
b_output = np.random.rand(1, 1)
'''

STEP = '''
idx = np.random.choice(n, 1, replace=False)
X_sample = X_train[idx].transpose()
Y_sample = Y_train[idx]
Z1, A1, Z2, A2 = forward_prop(X_sample)
dW1, dB1, dW2, dB2 = backward_prop(Z1, A1, Z2, A2, X_sample, Y_sample)
w_hidden -= L * dW1
b_hidden -= L * dB1
w_output -= L * dW2
b_output -= L * dB2
'''


def start(book, seed):
    """The notebook after its cells, np.random.seed(seed), the split and the starting weights: its namespace."""
    namespace = {"BOOK": book, "SEED": seed}
    exec(CELLS, namespace)  # noqa: S102 - this file's own text
    exec(START, namespace)  # noqa: S102
    return namespace


STEP_CODE = compile(STEP, "notebook step", "exec")


def step(namespace):
    """One turn of the notebook's loop: a sample drawn by np.random.choice, forward, backward, update."""
    exec(STEP_CODE, namespace)  # noqa: S102


def test_accuracy(namespace):
    """The share of the test third the network gets right (A2 >= 0.5 means dark text), as the chapter counts it."""
    A2 = namespace["forward_prop"](namespace["X_test"].transpose())[3]
    return float(np.mean((A2 >= 0.5).flatten().astype(int) == namespace["Y_test"]))


def run_after_cells(book, lines):
    """Runs the cells, then `lines`, in one namespace; returns what each print() call was given."""
    printed = []
    namespace = {"BOOK": book, "print": lambda *args: printed.append(args)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scikit-learn's warning that fit stopped at max_iter, as asked
        exec(CELLS, namespace)  # noqa: S102 - the test's own text
        exec(lines, namespace)  # noqa: S102 - fontshade's lines, as a student pastes them
    return printed
