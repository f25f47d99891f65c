#!/usr/bin/env python3
"""No function in src/ longer than 80 lines (the house rule: split compute from draw past ~60).

Counts each function definition from the first line of its signature to its closing brace, lambdas
and local classes included (they are part of the function that holds them). Tables of data are
excepted: the lines of a braced list of values (`= {...}`, `return {...}`, `{...}` as an argument)
spanning more than one line do not count, so a function that is a table with a few lines of code
around it passes, and a long table at namespace scope is no function at all.

Usage: function_length.py [--limit N] [--report N] [--self-test] SRC_DIR_OR_FILE...
  --limit N    fail on a function longer than N lines (default 80)
  --report N   also list, without failing, every function longer than N lines (default 60)
  --self-test  first check the counting itself on planted code: a long function, a long member
               function, a long lambda, a long constructor are flagged; a function holding a long
               table, a table at namespace scope, an 80-line function are not
Prints one line per function over the limit (FAIL) or over the report length (NOTE), then
"N passed, N failed" (one check per file, one per planted case).
"""
import pathlib
import re
import sys

# What may follow a function's closing parenthesis before its body.
QUALIFIERS = re.compile(r'^(\s*(const|noexcept(\s*\([^()]*\))?|override|final|mutable|volatile|&&?|'
                        r'->\s*[\w:<>,\s*&]+|requires\b.*))*\s*$', re.S)
CONTAINER = re.compile(r'^\s*(template\s*<.*>\s*)?(namespace\b|extern\b\s*$|extern\s+""|(class|struct|union)\b)', re.S)
DATA_KEYWORDS = re.compile(r'^\s*(template\s*<.*>\s*)?(enum\b)', re.S)
CONTROL = re.compile(r'\b(if|for|while|switch|catch|do|else|try)\s*$')


def blank(text):
    """The text with comments, string and character literals and preprocessor lines blanked (newlines
    kept, so line numbers stay right)."""
    out = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c in ' \t':
            out.append(c)
            i += 1
            continue
        if line_start and c == '#':  # a preprocessor line, with its continuations
            while i < n and text[i] != '\n':
                if text[i] == '\\' and i + 1 < n and text[i + 1] == '\n':
                    out.append(' \n')
                    i += 2
                    continue
                out.append(' ')
                i += 1
            continue
        line_start = False
        if text.startswith('//', i):
            while i < n and text[i] != '\n':
                out.append(' ')
                i += 1
            continue
        if text.startswith('/*', i):
            end = text.find('*/', i + 2)
            end = n if end < 0 else end + 2
            out.append(''.join('\n' if ch == '\n' else ' ' for ch in text[i:end]))
            i = end
            continue
        raw = re.match(r'R"([^(\s]*)\(', text[i:i + 20])
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            end = text.find(')' + raw.group(1) + '"', i)
            end = n if end < 0 else end + len(raw.group(1)) + 2
            out.append('""' + ''.join('\n' if ch == '\n' else ' ' for ch in text[i + 2:end]))
            i = end
            continue
        if c in '"\'':
            if c == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum():
                out.append(' ')  # a digit separator: 1'000'000
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(c + ' ' * (min(j, n) - i - 1) + (c if j < n else ''))
            i = j + 1
            continue
        if c == '\n':
            line_start = True
        out.append(c)
        i += 1
    return ''.join(out)


def matching(text, open_at):
    """The index of the brace that closes the one at open_at."""
    depth = 0
    for k in range(open_at, len(text)):
        if text[k] == '{':
            depth += 1
        elif text[k] == '}':
            depth -= 1
            if depth == 0:
                return k
    return len(text) - 1


def is_function_head(head):
    """Whether the text before a brace, at namespace or class scope, is a function's signature."""
    head = head.strip()
    if not head or '=' in re.sub(r'\([^()]*\)', '', head.split('(')[0]) or head.startswith('='):
        return False
    # A constructor's initialiser list: cut it at the ':' after the parameters' ')'.
    depth, close = 0, -1
    for k, ch in enumerate(head):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth == 0:
                close = k
                rest = head[k + 1:]
                if re.match(r'^\s*(const\s*|noexcept\s*)*:(?!:)', rest):
                    return True
    if close < 0:
        return False
    return bool(QUALIFIERS.match(head[close + 1:]))


def data_lines(body, first_line):
    """Line numbers inside the body that belong to braced lists of values spanning several lines."""
    lines = set()
    k = 0
    while True:
        k = body.find('{', k)
        if k < 0:
            return lines
        before = body[:k].rstrip()
        # A block follows ')' (if, for, a lambda), 'else', 'do', 'try', ']' (a lambda without
        # parameters), ';' '{' '}' (a plain block), or a lambda's qualifiers ('mutable', '-> type').
        block = (not before or before[-1] in ');{}]' or CONTROL.search(before) or
                 re.search(r'(\)\s*(mutable|->\s*[\w:<>,\s*&]+))$', before))
        end = matching(body, k)
        if block:
            k += 1
            continue
        start = first_line + body.count('\n', 0, k)
        stop = first_line + body.count('\n', 0, end)
        lines.update(range(start + 1, stop + 1))  # the opening line is code: `= {` ends a statement's line
        k = end + 1


def functions(text):
    """(name, first line, last line, lines counted) of every function defined in the text."""
    clean = blank(text)
    found = []

    def scan(start, stop):
        head_start = start
        k = start
        while k < stop:
            ch = clean[k]
            if ch in ';}':
                head_start = k + 1
            elif ch == '{':
                head = clean[head_start:k]
                end = matching(clean, k)
                if re.search(r'\)\s*(const\s*|noexcept\s*)*:(?!:)', head) and not re.search(r'[)}]\s*$', head):
                    k = end + 1  # a member's braced initialiser in a constructor's list: the body is still to come
                    continue
                if CONTAINER.match(head) and '(' not in head.split('{')[0].split(':')[0]:
                    scan(k + 1, end)
                elif DATA_KEYWORDS.match(head):
                    pass
                elif is_function_head(head):
                    first = clean.count('\n', 0, head_start + len(head) - len(head.lstrip())) + 1
                    last = clean.count('\n', 0, end) + 1
                    body_first = clean.count('\n', 0, k) + 1
                    counted = (last - first + 1) - len(data_lines(clean[k:end + 1], body_first))
                    name = re.sub(r'\s+', ' ', head.strip().split('(')[0]).split(' ')[-1]
                    found.append((name, first, last, counted))
                k = end
                head_start = k + 1
            k += 1

    scan(0, len(clean))
    return found


def body(n):
    """n lines of statements."""
    return ''.join(f'  x += {k};\n' for k in range(n))


# Planted code: (what it is, the text, the function names over 80 lines).
PLANTED = [
    ('a function of 90 lines', 'int f(int x) {\n' + body(88) + '  return x;\n}\n', ['f']),
    ('a function of exactly 80 lines', 'void g(int& x) {\n' + body(78) + '}\n', []),
    ('a member function of 85 lines in a class', 'class C {\n public:\n  int m(int x) const {\n' + body(83) + '  }\n};\n', ['m']),
    ('a function whose lambda makes it 90 lines', 'void h() {\n  int x = 0;\n  auto l = [&](int y) {\n' + body(84)
     + '    return y;\n  };\n  l(x);\n}\n', ['h']),
    ('a constructor with an initialiser list, 85 lines', 'S::S(int a) : a_(a), b_{a} {\n' + body(83) + '}\n', ['S::S']),
    ('a function that is a table of 100 rows and 5 lines of code',
     'const Row* rows() {\n  static const Row table[] = {\n' + ''.join(f'      {{{k}, "row {k}"}},\n' for k in range(100))
     + '  };\n  return table;\n}\n', []),
    ('a table of 200 rows at namespace scope', 'namespace {\nconstexpr Row kRows[] = {\n'
     + ''.join(f'    {{{k}, "{{k}}"}},\n' for k in range(200)) + '};\n}  // namespace\n', []),
    ('strings and comments with braces do not count', 'void s() {\n  const char* t = "{{{{";\n  // }}}}\n'
     + body(90) + '}\n', ['s']),
]


def self_test(limit):
    """One check per planted case: the functions over the limit are exactly those expected."""
    passed = failed = 0
    for what, text, expected in PLANTED:
        long = [name for name, _, _, counted in functions(text) if counted > limit]
        ok = long == expected
        print(f'{"PASS" if ok else "FAIL"} self-test: {what}: over {limit} lines {long}, expected {expected}')
        passed += ok
        failed += not ok
    return passed, failed


def main(args):
    limit, report = 80, 60
    paths = []
    passed = failed = 0
    while args:
        a = args.pop(0)
        if a == '--limit':
            limit = int(args.pop(0))
        elif a == '--report':
            report = int(args.pop(0))
        elif a == '--self-test':
            passed, failed = self_test(limit)
        else:
            paths.append(pathlib.Path(a))
    files = []
    for p in paths or [pathlib.Path('src')]:
        files += sorted(f for f in p.rglob('*') if f.suffix in ('.cpp', '.hpp')) if p.is_dir() else [p]
    total = 0
    for f in files:
        bad = False
        for name, first, last, counted in functions(f.read_text(encoding='utf-8')):
            total += 1
            if counted > limit:
                print(f'FAIL {f}:{first}: {name} is {counted} lines (at most {limit}; split it into compute and draw)')
                bad = True
            elif counted > report:
                print(f'NOTE {f}:{first}: {name} is {counted} lines')
        failed += bad
        passed += not bad
    if total == 0:
        print('FAIL no function found: nothing was checked')
        failed += 1
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
