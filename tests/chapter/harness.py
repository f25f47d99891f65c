"""What the chapter's tests share: their command line (--book BOOK.csv -- CMD..., CMD running
fontshade-cli natively or under node) and their PASS/FAIL lines with the closing "N passed, N failed"."""
import os
import sys

# The chapter's notebook rendered for the project (bench/chapter_notebook.py), for the tests to import.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))


class Tally:
    def __init__(self):
        self.passed = self.failed = 0

    def report(self, ok, text):
        print(("PASS " if ok else "FAIL ") + text)
        self.passed, self.failed = self.passed + bool(ok), self.failed + (not ok)

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0


def command_line(argv, doc):
    """(book, cli, a new Tally) from `--book BOOK.csv -- CMD...`, or None after printing the usage."""
    if "--" not in argv or len(argv) < 2 or argv[0] != "--book":
        print(doc, file=sys.stderr)
        return None
    return argv[1], argv[argv.index("--") + 1:], Tally()
