#!/usr/bin/env python3
"""End-to-end checks of the fontshade-cli contract (commands, output formats, exit codes).

usage: cli_test.py --book /abs/path/light_dark_font_training_set.csv -- CMD...

CMD is how to run the CLI: the native binary, or `/usr/bin/node /path/fontshade-cli.js` for the
WebAssembly build (which must behave identically). Standard library only. Prints one PASS/FAIL line a
check and `N passed, N failed`; exits 1 if any check failed, 2 on bad arguments.

Exit codes of the CLI: 0 ok, 1 bad file, 2 bad arguments, 3 training diverged.

Index of this file (search for "[SECTION]"):
  Running the CLI
  Shared fixtures (computed once)
  Number checks
  The chapter's arithmetic, in Python floats
  The checks: how they are registered
  The checks: help and commands
  The checks: train
  The checks: eval and predict
  The checks: trace
  The checks: diverging and dying runs
  The checks: sweep and bench
  The checks: bad input
  Main
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from functools import lru_cache

OK, BAD_FILE, USAGE, DIVERGED = 0, 1, 2, 3
TIMEOUT_SECONDS = 600
BOOK_ROWS, TRAIN_ROWS, TEST_ROWS = 1345, 896, 449
COMMANDS = ["train", "trace", "predict", "eval", "sweep", "bench"]
TRACE_KEYS = ["step", "sample", "X", "Y", "L", "w_hidden", "b_hidden", "w_output", "b_output",
              "Z1", "A1", "Z2", "A2", "C", "dC_dA2", "dA2_dZ2", "dZ2_dA1", "dZ2_dW2", "dZ2_dB2",
              "dA1_dZ1", "dZ1_dW1", "dZ1_dB1", "dC_dW2", "dC_dB2", "dC_dA1", "dC_dW1", "dC_dB1", "after"]
PARAMETER_KEYS = ["w_hidden", "b_hidden", "w_output", "b_output"]
CRASH_MARKERS = ["Aborted", "terminate called", "Segmentation fault", "core dumped", "RuntimeError",
                 "Traceback", "Assertion", "\n    at "]

CLI = []     # the command prefix, from the command line
BOOK = ""    # the book's CSV
TMP = ""     # a temporary folder for the files the checks write


class CheckFailed(Exception):
    pass


def require(condition, message):
    if not condition:
        raise CheckFailed(message)


# [SECTION] Running the CLI

class Run:
    def __init__(self, args, code, out, err):
        self.args, self.code, self.out, self.err = args, code, out, err

    def __repr__(self):
        return "fontshade-cli %s -> exit %s, stderr %r" % (" ".join(self.args), self.code, self.err[-300:])


def run(*args):
    """Runs the CLI in the temporary folder; returns a Run with decoded stdout and stderr."""
    p = subprocess.run(CLI + list(args), cwd=TMP, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=TIMEOUT_SECONDS)
    r = Run(args, p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))
    require_no_crash(r)
    return r


def require_no_crash(r):
    require(r.code is not None and 0 <= r.code < 128, "crashed (exit %s): %r" % (r.code, r))
    for marker in CRASH_MARKERS:
        require(marker not in r.err, "crash marker %r on stderr: %r" % (marker.strip(), r))


def require_exit(r, code):
    require(r.code == code, "expected exit %d: %r" % (code, r))


def require_one_error_line(r, prefix, *words):
    """stderr is exactly one line, starting with `prefix`, containing every word (any case)."""
    lines = r.err.splitlines()
    require(len(lines) == 1, "expected one line on stderr, got %d: %r" % (len(lines), r.err))
    require(lines[0].startswith(prefix), "stderr should start with %r: %r" % (prefix, lines[0]))
    for word in words:
        require(word.lower() in lines[0].lower(), "stderr should mention %r: %r" % (word, lines[0]))
    return lines[0]


def json_object(text):
    """The single JSON object that makes up `text` (one line)."""
    lines = text.splitlines()
    require(len(lines) == 1, "expected one line of JSON, got %d lines" % len(lines))
    try:
        value = json.loads(lines[0], parse_constant=reject_constant)
    except ValueError as e:
        raise CheckFailed("not JSON (%s): %r" % (e, lines[0][:200]))
    require(isinstance(value, dict), "expected a JSON object: %r" % lines[0][:200])
    return value


def reject_constant(name):
    raise ValueError("non-standard JSON constant " + name)


def run_json(*args):
    r = run(*args)
    require_exit(r, OK)
    return json_object(r.out)


# [SECTION] Shared fixtures (computed once)

def temp_path(name):
    return os.path.join(TMP, name)


@lru_cache(maxsize=None)
def saved_model():
    """Trains the seed preset on the book and saves it; returns the model's path."""
    path = temp_path("model.json")
    r = run("train", "--data", BOOK, "--save", path)
    require_exit(r, OK)
    require(os.path.isfile(path), "train --save did not write " + path)
    return path


def book_subset(name, rows):
    """The book's header and first `rows` rows as a CSV file in the temporary folder; returns its path."""
    path = temp_path(name)
    with open(BOOK) as f:
        lines = f.read().splitlines()
    with open(path, "w") as f:
        f.write("\n".join(lines[:rows + 1]) + "\n")
    return path


@lru_cache(maxsize=None)
def malformed_csv():
    """A CSV whose line 3, column 5 holds "x" where BLUE belongs."""
    path = temp_path("malformed.csv")
    with open(path, "w") as f:
        f.write("RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n1,2,3,0\n4,5,x,1\n7,8,9,0\n10,11,12,1\n")
    return path


@lru_cache(maxsize=None)
def trace_text(*args):
    r = run("trace", *args)
    require_exit(r, OK)
    return r.out


@lru_cache(maxsize=None)
def trace_lines(*args):
    """The lines of `trace ARGS` as (text, record) pairs, each record checked to be a JSON object."""
    return [(line, json_object(line)) for line in trace_text(*args).splitlines()]


TRACE_ARGS = ("--steps", "5", "--seed", "3")


def trace_records():
    lines = trace_lines(*TRACE_ARGS)
    require(len(lines) == 5, "expected 5 lines, got %d" % len(lines))
    return [record for _, record in lines]


@lru_cache(maxsize=None)
def book_rows():
    with open(BOOK) as f:
        lines = [line.strip() for line in f if line.strip()]
    return [tuple(int(v) for v in line.split(",")) for line in lines[1:]]


# [SECTION] Number checks

def significant_digits(text):
    mantissa = re.split("[eE]", text.lstrip("-"))[0].replace(".", "")
    return len(mantissa.lstrip("0")) or 1


def number_texts(line):
    """The text of every number on a JSON line, as the CLI printed it."""
    found = []

    def keep(text):
        found.append(text)
        return float(text)

    json.loads(line, parse_float=keep, parse_int=keep, parse_constant=reject_constant)
    return found


def close(a, b, relative):
    return abs(a - b) <= relative * max(abs(a), abs(b)) or a == b


def require_close(name, got, want, relative):
    require(close(got, want, relative), "%s: CLI printed %r, recomputed %r (tolerance %g relative)"
            % (name, got, want, relative))


def require_all_close(name, got, want, relative):
    if not isinstance(want, list):
        return require_close(name, got, want, relative)
    got, want = flatten(got), flatten(want)
    require(len(got) == len(want), "%s: %d values, expected %d" % (name, len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want)):
        require_close("%s[%d]" % (name, i), g, w, relative)


def flatten(value):
    if isinstance(value, list):
        return [x for item in value for x in flatten(item)]
    return [value]


def contains_null(value):
    if isinstance(value, dict):
        return any(contains_null(v) for v in value.values())
    if isinstance(value, list):
        return any(contains_null(v) for v in value)
    return value is None


# [SECTION] The chapter's arithmetic, in Python floats

def logistic(z):
    t = math.exp(-abs(z))
    return 1 / (1 + t) if z >= 0 else t / (1 + t)


def logistic_slope(z):
    # e^-Z2 / (1 + e^-Z2)^2, written with e^-|Z2| (the same value) so that it cannot overflow.
    t = math.exp(-abs(z))
    return t / ((1 + t) * (1 + t))


def forward(r):
    """Z1, A1, Z2, A2 from the record's parameters and X (relu hidden layer)."""
    X, w, b = r["X"], r["w_hidden"], r["b_hidden"]
    Z1 = [w[i][0] * X[0] + w[i][1] * X[1] + w[i][2] * X[2] + b[i] for i in range(len(w))]
    A1 = [max(z, 0.0) for z in Z1]
    Z2 = sum(r["w_output"][0][i] * A1[i] for i in range(len(A1))) + r["b_output"]
    return Z1, A1, Z2, logistic(Z2)


def backward(r):
    """C and every chain-rule factor and gradient (squared error, relu), by the chapter's names."""
    X, Y = r["X"], r["Y"]
    Z1, A1, Z2, A2 = forward(r)
    g = {"C": (A2 - Y) ** 2, "dC_dA2": 2 * A2 - 2 * Y, "dA2_dZ2": logistic_slope(Z2),
         "dZ2_dA1": [list(r["w_output"][0])], "dZ2_dW2": A1, "dZ2_dB2": 1.0,
         "dA1_dZ1": [1.0 if z > 0 else 0.0 for z in Z1], "dZ1_dW1": X, "dZ1_dB1": 1.0}
    dC_dZ2 = g["dC_dA2"] * g["dA2_dZ2"]
    g["dC_dW2"] = [[dC_dZ2 * a for a in A1]]
    g["dC_dB2"] = dC_dZ2
    g["dC_dA1"] = [dC_dZ2 * w for w in r["w_output"][0]]
    dC_dZ1 = [g["dC_dA1"][i] * g["dA1_dZ1"][i] for i in range(len(Z1))]
    g["dC_dW1"] = [[d * x for x in X] for d in dC_dZ1]
    g["dC_dB1"] = dC_dZ1
    return g


def updated(r):
    """before - L * gradient for every parameter, from the record's own printed gradients."""
    L = r["L"]

    def step(before, gradient):
        if isinstance(before, list):
            return [step(b, g) for b, g in zip(before, gradient)]
        return before - L * gradient

    return {"w_hidden": step(r["w_hidden"], r["dC_dW1"]), "b_hidden": step(r["b_hidden"], r["dC_dB1"]),
            "w_output": step(r["w_output"], r["dC_dW2"]), "b_output": step(r["b_output"], r["dC_dB2"])}


# [SECTION] The checks: how they are registered

CHECKS = []


def check(name):
    def register(function):
        CHECKS.append((name, function))
        return function
    return register


# [SECTION] The checks: help and commands
def help_check(command):
    def body():
        r = run(command, "--help")
        require_exit(r, OK)
        first = r.out.splitlines()[0] if r.out else ""
        require(first.startswith("usage: fontshade-cli " + command), "no usage line: %r" % first)
    return body


for _command in COMMANDS:
    check("%s --help prints a usage line" % _command)(help_check(_command))


@check("--help prints the usage")
def top_level_help():
    r = run("--help")
    require_exit(r, OK)
    require(r.out.startswith("usage: fontshade-cli"), "no usage line: %r" % r.out[:100])


@check("no command exits 2 with one line on stderr")
def no_command():
    r = run()
    require_exit(r, USAGE)
    require_one_error_line(r, "fontshade-cli", "command")


@check("unknown command exits 2 with one line on stderr")
def unknown_command():
    r = run("frobnicate")
    require_exit(r, USAGE)
    require_one_error_line(r, "fontshade-cli", "unknown command", "frobnicate")


# [SECTION] The checks: train
def require_train_report(report, name):
    for key in ("train_accuracy", "test_accuracy"):
        value = report.get(key)
        require(isinstance(value, (int, float)) and 0 <= value <= 1, "%s = %r, not in [0, 1]" % (key, value))
    require(report["train_rows"] == TRAIN_ROWS and report["test_rows"] == TEST_ROWS,
            "rows %r / %r, expected %d / %d" % (report["train_rows"], report["test_rows"], TRAIN_ROWS, TEST_ROWS))
    for part, rows in (("train", TRAIN_ROWS), ("test", TEST_ROWS)):
        confusion = report[part + "_confusion"]
        require(sum(confusion.values()) == rows, "%s_confusion %r adds up to %d, not %d"
                % (part, confusion, sum(confusion.values()), rows))
        right = confusion["dark_as_dark"] + confusion["light_as_light"]
        require_close(part + "_accuracy", report[part + "_accuracy"], right / rows, 1e-12)
    require(report["data"]["name"] == name, "data.name is %r, not %r" % (report["data"]["name"], name))
    require(report["data"]["synthetic"] is (name == "synthetic"), "data.synthetic is %r" % report["data"]["synthetic"])
    require(report["data"]["rows"] == BOOK_ROWS, "data.rows is %r" % report["data"]["rows"])


@check("train --json without --data trains on the book's data, built in: 833 dark / 512 light")
def train_json_default_is_book():
    report = run_json("train", "--json")
    require_train_report(report, "book")
    require((report["data"]["dark"], report["data"]["light"], report["data"]["distinct_colours"]) == (833, 512, 661),
            "data %r" % report["data"])
    # The same numbers as the project's copy of the file read from disk.
    from_file = run_json("train", "--json", "--data", BOOK)
    for key in ("train_accuracy", "test_accuracy", "train_confusion", "test_confusion"):
        require(report[key] == from_file[key], "%s: built in %r, file %r" % (key, report[key], from_file[key]))


@check("train --json --data synthetic: the synthetic set, by name")
def train_json_synthetic():
    report = run_json("train", "--json", "--data", "synthetic")
    require_train_report(report, "synthetic")
    require(report["data"]["dark"] == 668, "dark %r" % report["data"]["dark"])


@check("train --json --data BOOK: test accuracy >= 0.95")
def train_json_book():
    report = run_json("train", "--json", "--data", BOOK)
    require_train_report(report, "")
    require(report["test_accuracy"] >= 0.95, "test_accuracy %r < 0.95" % report["test_accuracy"])


@check("train (human output) says the default data is the book's")
def train_human_book():
    r = run("train")
    require_exit(r, OK)
    require("light_dark_font_training_set.csv" in r.out and "833 dark" in r.out,
            "no mention of the book's data: %r" % r.out[:300])


@check("train --steps 0 --json: the untrained network is right 55-67 % of the time, as in the chapter")
def train_untrained_accuracy():
    for seed in range(1, 6):
        report = run_json("train", "--json", "--steps", "0", "--seed", str(seed))
        require(0.55 <= report["test_accuracy"] <= 0.67, "seed %d: %r" % (seed, report["test_accuracy"]))


@check("train --save over a model is atomic: a save that fails keeps the old model whole and says why")
def train_save_atomic():
    import resource
    import signal
    path = temp_path("atomic_model.json")
    require_exit(run("train", "--steps", "10", "--save", path), OK)
    with open(path, "rb") as f:
        old = f.read()
    # A 256-byte file-size limit (root is not exempt) fails the write half-way, as a full disk would.
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (256, 256))
    p = subprocess.run(CLI + ["train", "--steps", "20", "--save", path], cwd=TMP, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS, preexec_fn=limit)
    r = Run(["train", "--save", path], p.returncode, p.stdout.decode(), p.stderr.decode())
    require_exit(r, BAD_FILE)
    require_one_error_line(r, "fontshade-cli train: ",
                           path + ": cannot write the file: File too large (the old file, if any, is unchanged)")
    with open(path, "rb") as f:
        require(f.read() == old, "the old model changed")
    require(sorted(os.listdir(TMP)).count("atomic_model.json") == 1 and
            not [n for n in os.listdir(TMP) if n.startswith("atomic_model.json.")], "a temporary file was left: %r"
            % os.listdir(TMP))


@check("train --save writes a model file")
def train_save():
    with open(saved_model()) as f:
        model = json.load(f)
    require(model.get("format") == "fontshade-model", "format is %r" % model.get("format"))


@check("train --save writes version 2: the options, the parameters, the sampler's four words as strings, the data")
def train_save_version_2():
    with open(saved_model()) as f:  # trained on the book's CSV file
        model = json.load(f)
    require(model.get("data") == {"origin": "file", "file": BOOK, "rows": BOOK_ROWS, "fingerprint": "f8378eb348317c93"},
            "data is %r" % model.get("data"))
    path = temp_path("v2_builtin.json")
    require_exit(run("train", "--steps", "10", "--save", path), OK)
    with open(path) as f:
        model = json.load(f)
    require(model.get("version") == 2, "version is %r" % model.get("version"))
    require(model.get("data") == {"origin": "book", "rows": BOOK_ROWS, "fingerprint": "f8378eb348317c93"},
            "data is %r" % model.get("data"))
    sampler = model.get("sampler")
    require(isinstance(sampler, list) and len(sampler) == 4 and all(isinstance(w, str) and w.isdigit() for w in sampler),
            "sampler is %r" % sampler)
    require(any(int(w) >= 2 ** 53 for w in sampler), "no sampler word needs more than 53 bits: %r (a check that cannot fail)" % sampler)
    require(model.get("dead_at_step", "missing") is None, "dead_at_step is %r" % model.get("dead_at_step", "missing"))


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


@check("train to 500, save, --resume to 1000: the same model file, byte for byte, as training to 1000 in one go")
def train_resume_equals_one_go():
    half, resumed, whole = temp_path("r500.json"), temp_path("r1000.json"), temp_path("w1000.json")
    require_exit(run("train", "--steps", "500", "--seed", "4", "--save", half), OK)
    require_exit(run("train", "--resume", half, "--steps", "1000", "--save", resumed), OK)
    require_exit(run("train", "--steps", "1000", "--seed", "4", "--save", whole), OK)
    require(read_bytes(resumed) == read_bytes(whole), "the resumed model differs from the one trained in one go")
    require(read_bytes(half) != read_bytes(whole), "the model at 500 equals the one at 1000 (the check cannot fail)")
    # The parameters are those of the trace's step 1000, bit for bit.
    last = json.loads(run("trace", "--seed", "4", "--steps", "1000", "--from", "1000").out)
    model = json.load(open(resumed))
    for key in PARAMETER_KEYS:
        require(model[key] == last["after"][key], "%s differs from trace step 1000" % key)
    # --json says where it went on from.
    report = run_json("train", "--resume", half, "--steps", "1000", "--json")
    require(report["resumed_from_step"] == 500 and report["steps_done"] == 1000, "report %r" % report)


@check("train --stop-at: a run saved mid-way (linear schedule, tuned) goes on to the same end as the run in one go")
def train_stop_at_resume():
    mid, resumed, whole = temp_path("t300.json"), temp_path("t900.json"), temp_path("tw900.json")
    common = ["--preset", "tuned", "--steps", "900", "--seed", "2"]
    require_exit(run("train", *common, "--stop-at", "300", "--save", mid), OK)
    require(json.load(open(mid))["steps_done"] == 300, "the mid-way model is not at step 300")
    require_exit(run("train", "--resume", mid, "--save", resumed), OK)
    require_exit(run("train", *common, "--save", whole), OK)
    require(read_bytes(resumed) == read_bytes(whole), "the resumed tuned run differs from the one in one go")
    # In steps: resume to 600, then on to the end.
    step600, end = temp_path("t600.json"), temp_path("t900b.json")
    require_exit(run("train", "--resume", mid, "--stop-at", "600", "--save", step600), OK)
    require_exit(run("train", "--resume", step600, "--save", end), OK)
    require(read_bytes(end) == read_bytes(whole), "300 -> 600 -> 900 differs from the run in one go")


@check("train --resume refuses: other options, a linear run lengthened, fewer steps, other data, a version 1 file")
def train_resume_refusals():
    half = temp_path("refuse500.json")
    require_exit(run("train", "--steps", "500", "--save", half), OK)
    r = run("train", "--resume", half, "--lr", "0.1")
    require_exit(r, USAGE)
    require_one_error_line(r, "fontshade-cli train: ", "--lr: with --resume the options are the model's (only --steps, the total, may change)")
    r = run("train", "--resume", half, "--steps", "400")
    require_exit(r, USAGE)
    require_one_error_line(r, "fontshade-cli train: ", "--steps 400: " + half + " has done 500 steps already")
    r = run("train", "--resume", half, "--stop-at", "499")
    require_exit(r, USAGE)
    require_one_error_line(r, "fontshade-cli train: ", "--stop-at: expected a whole number from 500 to 500, found \"499\"")
    linear = temp_path("refuse_linear.json")
    require_exit(run("train", "--preset", "tuned", "--steps", "600", "--stop-at", "100", "--save", linear), OK)
    r = run("train", "--resume", linear, "--steps", "900")
    require_exit(r, USAGE)
    require_one_error_line(r, "fontshade-cli train: ", "--steps 900: with a linear schedule L depends on the total steps (600 in "
                           + linear + "), so the run cannot be lengthened or shortened")
    r = run("train", "--resume", half, "--data", "synthetic")
    require_exit(r, BAD_FILE)
    require_one_error_line(r, "fontshade-cli train: ", half + ": the run trained on the book's data set (1345 rows, fingerprint "
                           "f8378eb348317c93), not on the synthetic data set (1345 rows", "a run goes on only on the data it began with")
    # The book's rows from a file are the same data: allowed.
    require_exit(run("train", "--resume", half, "--data", BOOK, "--steps", "600"), OK)
    # A file's run needs its file.
    subset = book_subset("subset.csv", 100)
    from_file = temp_path("from_file.json")
    require_exit(run("train", "--data", subset, "--steps", "50", "--save", from_file), OK)
    r = run("train", "--resume", from_file)
    require_exit(r, BAD_FILE)
    require_one_error_line(r, "fontshade-cli train: ", from_file + ": the run trained on the file " + subset +
                           " (100 rows, fingerprint ", "give that data with --data FILE")
    require_exit(run("train", "--resume", from_file, "--data", subset, "--steps", "80"), OK)
    # Version 1: parameters only.
    model = json.load(open(half))
    for key in ("data", "sampler", "dead_at_step"):
        del model[key]
    model["version"] = 1
    v1 = temp_path("refuse_v1.json")
    with open(v1, "w") as f:
        json.dump(model, f)
    r = run("train", "--resume", v1)
    require_exit(r, BAD_FILE)
    require_one_error_line(r, "fontshade-cli train: ", v1 + ": a version 1 model file holds the parameters but not the state "
                           "of the sample order, so its run cannot go on exactly")
    # ... but it still predicts.
    require_exit(run("predict", "--model", v1, "#2277d3"), OK)
    # A sampler word that lost its low bits through a JSON number is refused where it stands.
    text = re.sub(r'"sampler": \["(\d+)"', r'"sampler": [\1', open(half).read())
    bad = temp_path("refuse_sampler.json")
    with open(bad, "w") as f:
        f.write(text)
    r = run("train", "--resume", bad)
    require_exit(r, BAD_FILE)
    require_one_error_line(r, "fontshade-cli train: ", bad + ": line ", "sampler[0]: expected a string, found a number")


def tampered_model(name, base, edit):
    """A copy of the model file `base` with `edit` applied to its JSON object; returns its path."""
    model = json.load(open(base))
    edit(model)
    path = temp_path(name)
    with open(path, "w") as f:
        json.dump(model, f, indent=2)
    return path


@check("train --resume refuses a tampered model as the page does: the sampler, the death step, a parameter")
def train_resume_tampered():
    half = temp_path("tamper500.json")
    require_exit(run("train", "--steps", "500", "--seed", "3", "--save", half), OK)

    def other_sampler(m):
        m["sampler"][0] = str((int(m["sampler"][0]) + 1) % 2 ** 64)

    def death(m):
        m["dead_at_step"] = 7

    def parameter(m):
        m["b_output"] = m["b_output"] + 2 ** -40

    for name, edit, differs in (("sampler", other_sampler, "sampler"), ("death", death, "dead_at_step"),
                                ("parameter", parameter, "b_output")):
        path = tampered_model("tamper_%s.json" % name, half, edit)
        r = run("train", "--resume", path, "--steps", "600")
        require_exit(r, BAD_FILE)
        require_one_error_line(r, "fontshade-cli train: ", path + ": at step 500 the run its options describe has another "
                               + differs + " than the file: it was not saved by this version of fontshade, or it was edited")
        require(r.out == "", "%s: printed a result: %r" % (name, r.out[:200]))
    # The untouched file still goes on.
    require_exit(run("train", "--resume", half, "--steps", "600"), OK)


@check("a model's data.file with terminal escapes, BEL and NUL is printed escaped, never raw")
def escaped_data_file():
    subset = book_subset("escape_subset.csv", 50)
    model = temp_path("escape_model.json")
    require_exit(run("train", "--data", subset, "--steps", "20", "--save", model), OK)
    evil = tampered_model("escape_evil.json", model, lambda m: m["data"].update(file="\x1b]0;owned\x07\x1b[2J\x00x.csv"))
    p = subprocess.run(CLI + ["train", "--resume", evil], cwd=TMP, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=TIMEOUT_SECONDS)
    require(p.returncode == BAD_FILE, "exit %r, stderr %r" % (p.returncode, p.stderr))
    require(not any(b in p.stderr for b in (b"\x1b", b"\x07", b"\x00")), "a raw control byte reached stderr: %r" % p.stderr)
    require(b"the file \\x1B]0;owned\\x07\\x1B[2J\\x00x.csv (50 rows" in p.stderr, "stderr %r" % p.stderr)


@check("numbers are strict: no +, spaces or hex; overflow named; --from past the end refused")
def strict_numbers():
    cases = [
        (["train", "--steps", "+5"], "--steps: expected a whole number from 0 to 1000000000, found \"+5\""),
        (["train", "--steps", " 5"], "--steps: expected a whole number from 0 to 1000000000, found \" 5\""),
        (["train", "--hidden", "+5"], "--hidden: expected a whole number from 1 to 16, found \"+5\""),
        (["train", "--lr", "0x10"], "--lr: expected a positive number, found \"0x10\""),
        (["train", "--seed", "+5"], "--seed: expected a whole number from 0 to 18446744073709551615, found \"+5\""),
        (["train", "--steps", "10", "--stop-at", "+5"], "--stop-at: expected a whole number from 0 to 10, found \"+5\""),
        (["train", "--steps", "99999999999999999999"], "--steps: expected a whole number from 0 to 1000000000, found "
         "\"99999999999999999999\" (it overflows a 64-bit whole number)"),
        (["trace", "--steps", "1000", "--from", "2000"], "--from: expected a whole number from 1 to 1000, found \"2000\" "
         "(the run has 1000 steps)"),
        (["sweep", "--seeds", "+3"], "--seeds: expected a whole number from 1 to 10000, found \"+3\""),
    ]
    for args, message in cases:
        r = run(*args)
        require_exit(r, USAGE)
        require_one_error_line(r, "fontshade-cli %s: " % args[0], message)
        require(r.out == "", "printed on stdout: %r" % r.out[:200])


@check("train --save keeps the old model's mode, writes through a symbolic link, and no size limit kills it half-way")
def train_save_mode_link_limit():
    import resource
    path = temp_path("mode_model.json")
    require_exit(run("train", "--steps", "5", "--save", path), OK)
    os.chmod(path, 0o600)
    require_exit(run("train", "--steps", "6", "--save", path), OK)
    require(os.stat(path).st_mode & 0o7777 == 0o600, "mode %o after a save" % (os.stat(path).st_mode & 0o7777))
    link = temp_path("mode_link.json")
    os.symlink("mode_model.json", link)
    require_exit(run("train", "--steps", "7", "--save", link), OK)
    require(os.path.islink(link), "the link was replaced by a file")
    require(json.load(open(path))["steps_done"] == 7, "the link's target was not written")
    # A file-size limit with the default SIGXFSZ (which kills a program): the CLI survives it, says
    # why, keeps the old model and leaves no temporary file.
    before = read_bytes(path)
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (256, 256))
    p = subprocess.run(CLI + ["train", "--steps", "8", "--save", path], cwd=TMP, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS, preexec_fn=limit)
    r = Run(["train", "--save", path], p.returncode, p.stdout.decode(), p.stderr.decode())
    require_exit(r, BAD_FILE)
    require_one_error_line(r, "fontshade-cli train: ", path + ": cannot write the file: File too large")
    require(read_bytes(path) == before, "the old model changed")
    require(not [n for n in os.listdir(TMP) if n.startswith("mode_model.json.")], "a temporary file was left: %r"
            % os.listdir(TMP))


# [SECTION] The checks: eval and predict
@check("eval --model M --data BOOK --json: accuracy >= 0.95")
def eval_book():
    report = run_json("eval", "--model", saved_model(), "--data", BOOK, "--json")
    require(report["rows"] == BOOK_ROWS, "rows %r" % report["rows"])
    require(sum(report["confusion"].values()) == BOOK_ROWS, "confusion %r" % report["confusion"])
    require(report["accuracy"] >= 0.95, "accuracy %r < 0.95" % report["accuracy"])


def predict_json(colour):
    return run_json("predict", "--model", saved_model(), colour, "--json")


@check("predict #2277d3: YIQ light, WCAG 2 dark, APCA light")
def predict_rules():
    p = predict_json("#2277d3")
    verdicts = (p["yiq"]["shade"], p["wcag2"]["shade"], p["apca"]["shade"])
    require(verdicts == ("light", "dark", "light"), "verdicts %r" % (verdicts,))
    require(p["shade"] in ("dark", "light"), "network shade %r" % p["shade"])
    require(p["rgb"] == [34, 119, 211], "rgb %r" % p["rgb"])


@check("predict: #rrggbb, rrggbb and R,G,B give the same answer")
def predict_spellings():
    answers = [predict_json(c) for c in ("#2277d3", "2277d3", "34,119,211")]
    require(answers[0] == answers[1] == answers[2], "answers differ: %r" % answers)


def bad_colour_check(colour):
    def body():
        r = run("predict", "--model", saved_model(), colour)
        require_exit(r, USAGE)
        require_one_error_line(r, "fontshade-cli predict: ", "expected", colour)
        require(r.out == "", "printed on stdout: %r" % r.out)
    return body


for _colour in ("#12345g", "1,2", "256,0,0"):
    check("predict %s exits 2 with a clear message" % _colour)(bad_colour_check(_colour))


@check("predict --json aliceblue: color #f0f8ff, the same A2 as predict --json '#f0f8ff'")
def predict_css_name():
    named, hexed = predict_json("aliceblue"), predict_json("#f0f8ff")
    require(named["color"] == "#f0f8ff", "color %r" % named["color"])
    require(named["rgb"] == [240, 248, 255], "rgb %r" % named["rgb"])
    require(named["A2"] == hexed["A2"] and named["Z2"] == hexed["Z2"], "A2 %r vs %r" % (named["A2"], hexed["A2"]))
    require(named == hexed, "answers differ: %r vs %r" % (named, hexed))


@check("predict --json CRIMSON and crimson: #dc143c, CSS names in any case")
def predict_css_case():
    lower, upper = predict_json("crimson"), predict_json("CRIMSON")
    require(lower["color"] == "#dc143c", "color %r" % lower["color"])
    require(lower == upper, "answers differ: %r vs %r" % (lower, upper))


@check("predict aliceblue (text): names the colour's hex and R, G, B")
def predict_css_text():
    r = run("predict", "--model", saved_model(), "aliceblue")
    require_exit(r, OK)
    require("#f0f8ff" in r.out and "R 240, G 248, B 255" in r.out, "output: %r" % r.out)


@check("predict reddish (not a CSS name) exits 2, one error line naming it")
def predict_unknown_name():
    r = run("predict", "--model", saved_model(), "reddish")
    require_exit(r, USAGE)
    require_one_error_line(r, "fontshade-cli predict: ", "expected", "CSS colour name", "\"reddish\"")
    require(r.out == "", "printed on stdout: %r" % r.out)


# [SECTION] The checks: trace
@check("trace --steps 5 --seed 3: 5 JSON lines, keys in order, steps 1..5")
def trace_keys():
    records = trace_records()
    for k, r in enumerate(records, 1):
        require(list(r) == TRACE_KEYS, "line %d keys: %r" % (k, list(r)))
        require(r["step"] == k, "line %d has step %r" % (k, r["step"]))
        require(list(r["after"]) == PARAMETER_KEYS, "line %d after keys: %r" % (k, list(r["after"])))


def is_matrix(value, rows, cols):
    return (isinstance(value, list) and len(value) == rows and
            all(isinstance(row, list) and len(row) == cols for row in value))


@check("trace: matrix and vector shapes")
def trace_shapes():
    for k, r in enumerate(trace_records(), 1):
        for key in ("w_hidden", "dC_dW1"):
            require(is_matrix(r[key], 3, 3), "line %d: %s is not 3 rows of 3: %r" % (k, key, r[key]))
        for key in ("w_output", "dZ2_dA1", "dC_dW2"):
            require(is_matrix(r[key], 1, 3), "line %d: %s is not [[3 numbers]]: %r" % (k, key, r[key]))
        for key in ("X", "b_hidden", "Z1", "A1", "dZ2_dW2", "dA1_dZ1", "dZ1_dW1", "dC_dA1", "dC_dB1"):
            require(isinstance(r[key], list) and len(r[key]) == 3, "line %d: %s is not 3 numbers" % (k, key))


@check("trace: every number has at most 17 significant digits and is finite")
def trace_number_digits():
    for k, (line, r) in enumerate(trace_lines(*TRACE_ARGS), 1):
        require(not contains_null(r), "line %d contains null" % k)
        for text in number_texts(line):
            require(significant_digits(text) <= 17, "line %d: %s has more than 17 significant digits" % (k, text))
            require(math.isfinite(float(text)), "line %d: %s is not finite" % (k, text))


@check("trace: line k's after equals line k+1's parameters exactly")
def trace_after_chains():
    records = trace_records()
    for k in range(len(records) - 1):
        before = {key: records[k + 1][key] for key in PARAMETER_KEYS}
        require(records[k]["after"] == before, "line %d's after differs from line %d's parameters" % (k + 1, k + 2))


@check("trace: the same command twice gives identical bytes")
def trace_deterministic():
    first = trace_text(*TRACE_ARGS)
    again = run("trace", *TRACE_ARGS)
    require_exit(again, OK)
    require(again.out == first, "the second run printed different bytes")


@check("trace: Z1, A1, Z2, A2 recomputed in Python agree to 1e-12")
def trace_forward():
    for k, r in enumerate(trace_records(), 1):
        Z1, A1, Z2, A2 = forward(r)
        require_all_close("line %d Z1" % k, r["Z1"], Z1, 1e-12)
        require_all_close("line %d A1" % k, r["A1"], A1, 1e-12)
        require_close("line %d Z2" % k, r["Z2"], Z2, 1e-12)
        require_close("line %d A2" % k, r["A2"], A2, 1e-12)


@check("trace: C and every gradient recomputed in Python agree to 1e-12")
def trace_backward():
    for k, r in enumerate(trace_records(), 1):
        for key, want in backward(r).items():
            require_all_close("line %d %s" % (k, key), r[key], want, 1e-12)


@check("trace: after = before - L * gradient to 1e-15")
def trace_update():
    for k, r in enumerate(trace_records(), 1):
        want = updated(r)
        for key in PARAMETER_KEYS:
            require_all_close("line %d after.%s" % (k, key), r["after"][key], want[key], 1e-15)


@check("trace --data BOOK: X and Y are the book's row `sample`")
def trace_book_rows():
    rows = book_rows()
    for k, (_, r) in enumerate(trace_lines("--data", BOOK, "--steps", "5"), 1):
        red, green, blue, label = rows[r["sample"]]
        require(r["X"] == [red / 255, green / 255, blue / 255], "line %d: X %r, row %r" % (k, r["X"], rows[r["sample"]]))
        require(r["Y"] == label, "line %d: Y %r, row %r" % (k, r["Y"], rows[r["sample"]]))


def streamed_trace(*args):
    """Runs trace, reading stdout a line at a time (a long run prints a lot); returns
    (Run with an empty out, number of lines, list of problems found in the lines)."""
    err_path = temp_path("trace_stderr.txt")
    with open(err_path, "wb") as err:
        p = subprocess.Popen(CLI + ["trace"] + list(args), cwd=TMP, stdout=subprocess.PIPE, stderr=err)
        count, problems = 0, []
        for raw in p.stdout:
            count += 1
            line = raw.decode("utf-8", "replace")
            for bad in ("NaN", "nan", "Infinity", "inf", "null"):
                if bad in line and len(problems) < 3:
                    problems.append("line %d contains %s" % (count, bad))
        code = p.wait(timeout=TIMEOUT_SECONDS)
    with open(err_path, encoding="utf-8", errors="replace") as f:
        r = Run(("trace",) + args, code, "", f.read())
    require_no_crash(r)
    return r, count, problems


# [SECTION] The checks: diverging and dying runs
def diverged_step(r, command):
    line = require_one_error_line(r, "fontshade-cli %s: " % command, "diverged at step")
    return int(re.search(r"diverged at step (\d+)", line).group(1))


def trace_diverges_check(*args):
    def body():
        r, count, problems = streamed_trace(*args)
        require_exit(r, DIVERGED)
        step = diverged_step(r, "trace")
        require(not problems, "; ".join(problems))
        require(count == step - 1, "printed %d lines before divergence at step %d" % (count, step))
    return body


def train_diverges_check(*args):
    def body():
        r = run("train", *args)
        require_exit(r, DIVERGED)
        diverged_step(r, "train")
        require(r.out == "", "printed a result: %r" % r.out[:200])
    return body


def train_json_diverges_check(*args):
    def body():
        r = run("train", "--json", *args)
        require_exit(r, DIVERGED)
        step = diverged_step(r, "train")
        report = json_object(r.out)
        require(report.get("diverged_at_step") == step, "diverged_at_step %r, stderr says %d"
                % (report.get("diverged_at_step"), step))
    return body


@check("trace --from K prints steps K..N: the same bytes as those lines of the whole trace; K past N is refused")
def trace_from():
    whole = run("trace", "--seed", "4", "--steps", "300")
    require_exit(whole, OK)
    lines = whole.out.splitlines(keepends=True)
    require(len(lines) == 300, "the whole trace has %d lines" % len(lines))
    for k in (1, 2, 64, 65, 137, 300):
        part = run("trace", "--seed", "4", "--steps", "300", "--from", str(k))
        require_exit(part, OK)
        require(part.out == "".join(lines[k - 1:]), "--from %d differs from lines %d..300" % (k, k))
    # Past the last step there is nothing to print: refused, rather than an empty success.
    beyond = run("trace", "--seed", "4", "--steps", "300", "--from", "301")
    require_exit(beyond, USAGE)
    require_one_error_line(beyond, "fontshade-cli trace: ", "--from: expected a whole number from 1 to 300, found \"301\" "
                           "(the run has 300 steps)")
    require(beyond.out == "", "--from past the last step printed %r" % beyond.out[:100])


@check("trace --from past a divergence: exit 3, nothing printed, the step named")
def trace_from_diverged():
    r = run("trace", "--lr", "1e300", "--seed", "1", "--from", "5")
    require_exit(r, DIVERGED)
    require(r.out == "", "printed %r" % r.out[:100])
    require_one_error_line(r, "fontshade-cli trace: ", "training diverged at step 2")


# L = 1e300 on the chapter's network and data: Z2 passes the largest double at step 2 (seed 1).
DIVERGING = ("--lr", "1e300", "--seed", "1")
check("trace --lr 1e300 --seed 1 diverges: exit 3, step named, no NaN printed")(trace_diverges_check(*DIVERGING))
check("train --lr 1e300 --seed 1 diverges: exit 3, step named")(train_diverges_check(*DIVERGING))
check("train --lr 1e300 --seed 1 --json prints diverged_at_step")(train_json_diverges_check(*DIVERGING))


# L = 50 (the chapter's "too large" rate) kills every ReLU node at step 1 (seed 2) instead of overflowing: no
# value becomes NaN, training finishes (exit 0) and a warning on stderr names the step the network
# died; --json says dead_at_step. Nothing non-finite is printed.
def dead_step(r, command):
    line = require_one_error_line(r, "fontshade-cli %s: warning: " % command, "step")
    require("every hidden node is dead" in line, "the warning does not say the hidden nodes died: %r" % line)
    return int(re.search(r"step (\d+)", line).group(1))


@check("trace --lr 50 --seed 2 --steps 100000: exit 0, no NaN/Infinity/null printed, a warning names the step")
def trace_lr_50():
    r, count, problems = streamed_trace("--lr", "50", "--seed", "2", "--steps", "100000")
    require_exit(r, OK)
    require(dead_step(r, "trace") == 1, "the nodes died at step 1 for seed 2")
    require(count == 100000, "printed %d lines" % count)
    require(not problems, "; ".join(problems))


@check("train --lr 50 --seed 2: exit 0 with a warning naming step 1")
def train_lr_50():
    r = run("train", "--lr", "50", "--seed", "2")
    require_exit(r, OK)
    require(dead_step(r, "train") == 1, "the nodes died at step 1 for seed 2")


@check("train --lr 50 --seed 2 --json: dead_at_step 1")
def train_json_lr_50():
    r = run("train", "--lr", "50", "--seed", "2", "--json")
    require_exit(r, OK)
    report = json_object(r.out)
    require(report.get("dead_at_step") == dead_step(r, "train") == 1, "dead_at_step is %r" % report.get("dead_at_step"))


@check("train --lr 1e300 --activation tanh: exit 0, a warning that every hidden node saturated at step 1, --json says so")
def train_saturated_tanh():
    for activation in ("tanh", "logistic"):
        r = run("train", "--lr", "1e300", "--activation", activation, "--steps", "2000")
        require_exit(r, OK)
        require_one_error_line(r, "fontshade-cli train: warning: ", "every hidden node is saturated from step 1 on: %s's slope "
                               "is below 1e-8 for every colour" % activation)
        report = run_json("train", "--lr", "1e300", "--activation", activation, "--steps", "2000", "--json")
        require(report.get("dead_at_step") == 1 and report.get("saturated") is True, "%s: %r" % (activation, report))


@check("train --final-lr without --schedule linear: exit 2, says why")
def final_lr_needs_linear():
    r = run("train", "--final-lr", "0.001")
    require_exit(r, USAGE)
    require_one_error_line(r, "fontshade-cli train: ", "--final-lr needs --schedule linear")


# [SECTION] The checks: sweep and bench
@check("sweep with a diverging rate: diverged runs count as 0 % in median and worst")
def sweep_counts_diverged():
    report = run_json("sweep", "--seeds", "3", "--seed", "6", "--lr", "1e300", "--json")
    require(report.get("diverged") == 3, "diverged = %r" % report.get("diverged"))
    require(report.get("worst") == 0 and report.get("median") == 0, "median %r, worst %r" % (report.get("median"), report.get("worst")))
    for run_ in report["runs"]:
        require(isinstance(run_.get("diverged_at_step"), int) and run_["diverged_at_step"] >= 1, "run %r" % run_)
        require("test_accuracy" not in run_ and "collapsed" not in run_, "a diverged run has no test figures: %r" % run_)


@check("sweep --seeds 3 --json: median, worst, best, collapses, 3 runs")
def sweep_json():
    report = run_json("sweep", "--seeds", "3", "--json")
    for key in ("median", "worst", "best"):
        require(isinstance(report.get(key), (int, float)) and 0 <= report[key] <= 1, "%s = %r" % (key, report.get(key)))
    require(report["worst"] <= report["median"] <= report["best"], "not worst <= median <= best: %r" % report)
    require(isinstance(report.get("collapses"), int), "collapses = %r" % report.get("collapses"))
    require(len(report.get("runs", [])) == 3, "runs: %r" % report.get("runs"))
    require([run_["seed"] for run_ in report["runs"]] == [1, 2, 3], "seeds: %r" % report["runs"])
    for run_ in report["runs"]:
        require(isinstance(run_.get("test_accuracy"), (int, float)) and 0 <= run_["test_accuracy"] <= 1, "run %r" % run_)
        require(isinstance(run_.get("collapsed"), bool) and isinstance(run_.get("dead"), bool), "run %r" % run_)
        require("diverged_at_step" not in run_, "run %r" % run_)
    require(report["collapses"] == sum(run_["collapsed"] for run_ in report["runs"]), "collapses: %r" % report)
    require(report.get("dead") == sum(run_["dead"] for run_ in report["runs"]), "dead: %r" % report)


@check("sweep --data BOOK --seeds 3 --seed 2 --lr 50 --json: seeds 2 and 3 dead at step 1, all collapsed")
def sweep_json_dead():
    report = run_json("sweep", "--data", BOOK, "--seeds", "3", "--seed", "2", "--lr", "50", "--json")
    runs = report.get("runs", [])
    require([run_.get("seed") for run_ in runs] == [2, 3, 4], "seeds: %r" % runs)
    require([run_.get("dead") for run_ in runs] == [True, True, False], "dead: %r" % runs)
    require([run_.get("dead_at_step") for run_ in runs] == [1, 1, None], "dead_at_step: %r" % runs)
    # The same seeds trained one at a time say the same.
    for seed in (2, 3):
        alone = run("train", "--data", BOOK, "--lr", "50", "--seed", str(seed), "--json")
        require_exit(alone, OK)
        require(json_object(alone.out).get("dead_at_step") == 1, "train --seed %d: %r" % (seed, alone.out[:200]))
    require(all(run_.get("collapsed") is True for run_ in runs), "collapsed: %r" % runs)
    require(all(isinstance(run_.get("test_accuracy"), (int, float)) for run_ in runs), "test_accuracy: %r" % runs)
    require(report.get("dead") == 2 and report.get("collapses") == 3 and report.get("finished") == 3, "counts: %r" % report)


@check("bench --json --repeats 1: every figure > 0; the floor ends on the Trainer's bits; mlp's fit is scikit-learn's (404 epochs)")
def bench_json():
    report = run_json("bench", "--json", "--repeats", "1")
    for key in ("ns_per_step", "floor_ns_per_step", "step_over_floor", "best_ns_per_step", "best_floor_ns_per_step"):
        require(isinstance(report.get(key), (int, float)) and report[key] > 0, "%s = %r" % (key, report.get(key)))
    require(report["step_over_floor"] == report["ns_per_step"] / report["floor_ns_per_step"],
            "step_over_floor %r is not ns_per_step / floor_ns_per_step" % report["step_over_floor"])
    # The floor is the same arithmetic without the Trainer's bookkeeping: it must end on the same bits.
    require(report.get("floor_matches_trainer") is True, "floor_matches_trainer = %r" % report.get("floor_matches_trainer"))
    require(report.get("repeats") == 1, "repeats = %r" % report.get("repeats"))
    # The seekable run: seek times and the memory it keeps (figures, not thresholds: only their sense).
    for key in ("seek_us", "seek_us_worst", "run_memory_bytes", "snapshot_bytes", "run_memory_bytes_1m", "snapshot_bytes_1m"):
        require(isinstance(report.get(key), (int, float)) and report[key] > 0, "%s = %r" % (key, report.get(key)))
    require(report["seek_us"] <= report["seek_us_worst"], "median seek above the worst: %r" % report)
    require(report["snapshot_bytes"] < report["run_memory_bytes"] < report["run_memory_bytes_1m"],
            "memory figures out of order: %r" % report)
    # The notebook's programs: the rng numpy step (a choice is part of it) and mlp's fit, which is
    # scikit-learn's seed-1 fit (404 epochs, tests/chapter/mlp_sklearn_test.py).
    for key in ("numpy_ns_per_step", "numpy_best_ns_per_step", "numpy_choice_ns", "numpy_seek_us",
                "numpy_run_memory_bytes", "mlp_fit_ms", "mlp_best_fit_ms"):
        require(isinstance(report.get(key), (int, float)) and report[key] > 0, "%s = %r" % (key, report.get(key)))
    require(report.get("mlp_n_iter") == 404 and report.get("mlp_test_score") == 1, "mlp: %r" % report)
    require(report.get("notebook_runs") == 1, "notebook_runs = %r" % report.get("notebook_runs"))


# [SECTION] The checks: bad input
def error_check(args, code, *words):
    """`fontshade-cli ARGS` exits `code` with one stderr line "fontshade-cli COMMAND: ..." naming `words`
    (callables among ARGS and `words` are read when the check runs: paths known only then)."""
    def body():
        resolved = [a() if callable(a) else a for a in args]
        r = run(*resolved)
        require_exit(r, code)
        require_one_error_line(r, "fontshade-cli %s: " % resolved[0], *[w() if callable(w) else w for w in words])
        require(r.out == "", "printed on stdout: %r" % r.out[:200])
    return body


def missing_csv():
    return temp_path("missing.csv")


def book():
    return BOOK


def fifo():
    """A named pipe: reading it would wait for a writer forever."""
    path = temp_path("data.fifo")
    if not os.path.exists(path):
        os.mkfifo(path)
    return path


def utf16_csv():
    """The book's format saved as "Unicode text" (UTF-16 LE with a byte-order mark)."""
    path = temp_path("utf16.csv")
    with open(path, "wb") as f:
        f.write("RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n1,2,3,0\n4,5,6,1\n7,8,9,0\n".encode("utf-16"))
    return path


ERROR_CASES = [
    ("train --bogus", ["train", "--bogus"], USAGE, ["unknown option", "--bogus"]),
    ("train --steps (no value)", ["train", "--steps"], USAGE, ["--steps", "needs a value"]),
    ("train --save --json (no value)", ["train", "--save", "--json"], USAGE, ["--save", "needs a value"]),
    ("train --steps abc", ["train", "--steps", "abc"], USAGE, ["--steps", "abc"]),
    ("trace --steps abc", ["trace", "--steps", "abc"], USAGE, ["--steps", "abc"]),
    ("train --hidden 17", ["train", "--hidden", "17"], USAGE, ["--hidden", "17"]),
    ("train --lr 0", ["train", "--lr", "0"], USAGE, ["--lr", "positive"]),
    ("train --lr nan", ["train", "--lr", "nan"], USAGE, ["--lr", "nan"]),
    ("train --preset nope", ["train", "--preset", "nope"], USAGE, ["--preset", "nope"]),
    ("train --activation nope", ["train", "--activation", "nope"], USAGE, ["--activation", "nope"]),
    ("train unexpected argument", ["train", "extra"], USAGE, ["extra"]),
    ("sweep without --seeds", ["sweep"], USAGE, ["--seeds"]),
    ("trace --from 0", ["trace", "--from", "0"], USAGE, ["--from: expected a whole number from 1 to 100000, found \"0\""]),
    ("train --data missing.csv", ["train", "--data", missing_csv], BAD_FILE, [missing_csv]),
    ("train --data malformed.csv", ["train", "--data", malformed_csv], BAD_FILE,
     [malformed_csv, "line 3", "column 5"]),
    ("eval without --model", ["eval", "--data", book], USAGE, ["--model"]),
    ("eval --data missing.csv", ["eval", "--model", saved_model, "--data", missing_csv], BAD_FILE, [missing_csv]),
    ("predict --model pointing to a CSV", ["predict", "--model", book, "#2277d3"], BAD_FILE, [book]),
    ("train --data ''", ["train", "--data", ""], USAGE, ["--data: expected book, synthetic or a CSV file's name, found an empty name"]),
    ("train --data FIFO", ["train", "--data", fifo], BAD_FILE,
     [lambda: fifo() + ": is not a regular file (a FIFO): fontshade reads only regular files"]),
    ("predict --model FIFO", ["predict", "--model", fifo, "#2277d3"], BAD_FILE, ["not a regular file (a FIFO)"]),
    ("train --rng numpy --seed 4294967296", ["train", "--rng", "numpy", "--seed", "4294967296"], USAGE,
     ["--seed: with --rng numpy the seed is np.random.seed's, 0 to 4294967295, found 4294967296"]),
    ("trace --rng mt", ["trace", "--rng", "mt"], USAGE, ["--rng: expected one of fontshade, numpy, found \"mt\""]),
    ("train --trainer sklearn", ["train", "--trainer", "sklearn"], USAGE,
     ["--trainer sklearn: the scikit-learn trainer's steps are mini-batches; fontshade-cli mlp trains it"]),
    ("mlp --activation leaky_relu", ["mlp", "--activation", "leaky_relu"], USAGE,
     ["--activation: expected one of relu, tanh, logistic, found \"leaky_relu\""]),
    ("mlp --seed 4294967296", ["mlp", "--seed", "4294967296"], USAGE, ["--seed", "np.random.seed's range"]),
    ("mlp --max-iter 0", ["mlp", "--max-iter", "0"], USAGE, ["--max-iter: expected a whole number from 1"]),
    ("mlp --data missing.csv", ["mlp", "--data", missing_csv], BAD_FILE, [missing_csv]),
    ("mlp --lr 1e300", ["mlp", "--lr", "1e300"], DIVERGED,
     ["training diverged at batch 2 (epoch 1): coefs_[0][0][0] after the update is +inf (try a smaller --lr)"]),
    ("train --data UTF-16.csv", ["train", "--data", utf16_csv], BAD_FILE,
     [lambda: utf16_csv() + ": line 1, column 1: the file is UTF-16 (little-endian, it starts with the bytes FF FE), "
      "not UTF-8 text: save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"]),
]


for _name, _args, _code, _words in ERROR_CASES:
    check("error: %s exits %d" % (_name, _code))(error_check(_args, _code, *_words))


# [SECTION] Main

def parse_command_line(argv):
    if "--" not in argv:
        return None
    split = argv.index("--")
    options, command = argv[:split], argv[split + 1:]
    if len(options) != 2 or options[0] != "--book" or not command:
        return None
    return os.path.abspath(options[1]), command


def run_checks():
    passed = failed = 0
    for name, body in CHECKS:
        try:
            body()
        except CheckFailed as e:
            print("FAIL %s: %s" % (name, e))
            failed += 1
        except Exception as e:  # a check that broke (bad JSON shape, timeout, ...) fails, the rest run
            print("FAIL %s: %s: %s" % (name, type(e).__name__, e))
            failed += 1
        else:
            print("PASS %s" % name)
            passed += 1
        sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return failed


def main(argv):
    global BOOK, CLI, TMP
    parsed = parse_command_line(argv)
    if not parsed:
        print("usage: cli_test.py --book BOOK.csv -- CMD...", file=sys.stderr)
        return 2
    BOOK, CLI = parsed
    # The CLI runs in the temporary folder: make paths given relative to here absolute.
    CLI = [os.path.abspath(a) if os.path.exists(a) else a for a in CLI]
    with tempfile.TemporaryDirectory(prefix="fontshade_cli_test_") as TMP:
        return 1 if run_checks() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
