#!/usr/bin/env python3
"""Every file over 400 lines opens with an index of its sections, as Dear ImGui's big files do.

The index is a comment (or, in Python, part of the module's docstring) near the top: the line
'Index of this file (search for "[SECTION]"):', then one entry a line, indented ("The keyboard",
"The menu bar"). Each entry marks where its section begins, in the same order and the same words,
with a comment line '[SECTION] The keyboard'. Checks the project's sources, tests, web page and scripts (.cpp .hpp .py .mjs .js .sh); a file under
the limit may have an index too, and then it is checked the same way.

Usage: file_index.py [--limit N] [--self-test] ROOT
  --self-test  first check the check on planted files: a long file without an index, an index whose
               section is missing, sections out of order are flagged; an indexed long file and a short
               file pass
Prints one line per file that breaks the rule, then "N passed, N failed".
"""
import pathlib
import re
import sys

FOLDERS = ['src', 'tests', 'web', 'scripts', 'bench', 'cmake', '.ci']
SKIP = ['node_modules', 'output', 'corpus', 'third_party']
SUFFIXES = ('.cpp', '.hpp', '.py', '.mjs', '.js', '.sh')
HEADING = re.compile(r'^\s*(?://|#)?\s*Index of this file \(search for "\[SECTION\]"\):\s*$')
ENTRY = re.compile(r'^\s*(?://|#)?\s{2,}(\S.*?)\s*$')
MARKER = re.compile(r'^\s*(?://|#)\s*\[SECTION\]\s+(.*?)\s*$')


def problems(lines, limit):
    """What is wrong with one file's index, as sentences (none: fine)."""
    heading = next((k for k, line in enumerate(lines[:60]) if HEADING.match(line)), None)
    if heading is None:
        return [f'{len(lines)} lines and no index of its sections near the top'] if len(lines) > limit else []
    entries = []
    for line in lines[heading + 1:]:
        m = ENTRY.match(line)
        if not m:
            break
        entries.append(m.group(1))
    markers = [m.group(1) for line in lines for m in [MARKER.match(line)] if m]
    found = []
    if not entries:
        found.append('an index with no entries')
    for entry in entries:
        if entry not in markers:
            found.append(f'the index lists "{entry}", which no [SECTION] marks')
    for marker in markers:
        if marker not in entries:
            found.append(f'[SECTION] {marker} is not in the index')
    if not found and markers != entries:
        found.append('the sections are not in the index\'s order')
    return found


def planted(n, index=(), markers=()):
    lines = ['// A planted file.']
    if index:
        lines += ['//', '// Index of this file (search for "[SECTION]"):'] + [f'//   {e}' for e in index]
    for k in range(n):
        lines.append(f'// [SECTION] {markers[k // (n // len(markers) + 1)]}' if markers and k % (n // len(markers) + 1) == 0
                     else f'int x{k};')
    return lines


SELF_TEST = [
    ('a 450-line file without an index', planted(450), False),
    ('a 450-line file with its index and sections', planted(450, ['One', 'Two'], ['One', 'Two']), True),
    ('an index whose second section is missing', planted(450, ['One', 'Two'], ['One']), False),
    ('sections out of the index\'s order', planted(450, ['One', 'Two'], ['Two', 'One']), False),
    ('a section the index does not list', planted(450, ['One'], ['One', 'Two']), False),
    ('a 300-line file without an index', planted(300), True),
]


def main(args):
    limit, root, passed, failed = 400, pathlib.Path('.'), 0, 0
    while args:
        a = args.pop(0)
        if a == '--limit':
            limit = int(args.pop(0))
        elif a == '--self-test':
            for what, lines, fine in SELF_TEST:
                ok = (not problems(lines, limit)) == fine
                print(f'{"PASS" if ok else "FAIL"} self-test: {what}: {"passes" if fine else "is flagged"}')
                passed, failed = passed + ok, failed + (not ok)
        else:
            root = pathlib.Path(a)
    files = sorted(p for folder in FOLDERS if (root / folder).is_dir() for p in (root / folder).rglob('*')
                   if p.suffix in SUFFIXES and p.is_file() and not any(s in p.parts for s in SKIP))
    for path in files:
        found = problems(path.read_text(encoding='utf-8', errors='replace').split('\n'), limit)
        for f in found:
            print(f'FAIL {path.relative_to(root)}: {f}')
        passed, failed = passed + (not found), failed + bool(found)
    if not files:
        print(f'FAIL no files under {root}: nothing was checked')
        failed += 1
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
