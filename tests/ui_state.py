#!/usr/bin/env python3
"""The view's state lives in the View (src/app/state/view.hpp) and the App: never in a global of the
pixel code. This check keeps src/app/ui/ so.

In every .cpp and .hpp under the folder it finds:
  - namespace-scope variables that can change: any variable defined outside functions and types that
    is not const or constexpr (`int g_count;`, `static std::string last;`, `Held<int> g_x{};`);
  - function statics that can change: a `static` variable inside a function that is not const or
    constexpr (`static bool open = false;`).
A cache of data that never changes may be a function static only if it is const (`static const auto*
table = [] {...}();`), or if the line before or the line itself says `// immutable cache:` and why.
Prints one line per finding and ends with "N passed, N failed"; `--self-test` first checks that it
finds planted violations (and passes clean code).
Usage: ui_state.py [UI_DIR] [--self-test]
"""
import pathlib
import re
import sys

CONST = re.compile(r'^(?:(?:static|inline|extern|thread_local|\[\[\w+\]\])\s+)*(?:const|constexpr|constinit\s+const)\b')
SKIP_START = re.compile(r'^(?:using|typedef|template|static_assert|friend|extern\s+"C"|return|namespace\s+\w+\s*=)\b')
TYPE_START = re.compile(r'^(?:(?:template\s*<[^>]*>\s*)?(?:struct|class|union|enum(?:\s+class)?)\b)')
CACHE_NOTE = 'immutable cache:'


def strip(text):
    """Comments and string/char literals blanked (newlines kept), so braces and semicolons are code."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = text.find(')' + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append('R""' + re.sub(r'[^\n]', ' ', text[i + 3:j]))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(c + ' ' * (min(j, n) - i - 1) + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def findings(text):
    """(line, message) for each piece of mutable state at namespace scope or in a function."""
    code = strip(text)
    lines = text.split('\n')
    found = []
    # Scopes: 'ns' (namespace), 'type' (struct/class/enum body), 'func' (a function's body or a block in it).
    stack = []
    statement, start = '', 0
    i = 0
    while i < len(code):
        c = code[i]
        if c == '#' and (i == 0 or code[i - 1] == '\n'):  # a preprocessor line
            j = code.find('\n', i)
            i = len(code) if j < 0 else j
            continue
        if not statement.strip():
            start = i
        if c == '{':
            head = ' '.join(statement.split())
            if 'init' in stack:
                kind = 'init'  # a brace inside an initializer (a lambda's body, a nested list)
            elif 'func' in stack:
                # A block, or a static's initializer (kept: its statement is checked at its ';').
                kind = 'init' if re.match(r'^static\b', head) and ('=' in head or '(' not in head) else 'func'
            elif re.match(r'^(?:inline\s+)?namespace\b|^extern\s+"', head):
                kind = 'ns'
            elif TYPE_START.match(head) and '=' not in head:
                kind = 'type'
            elif stack[-1:] == ['type']:
                kind = 'func' if '(' in head and '=' not in head else 'init'  # a member function, or a member's initializer
            elif '=' in head or (head and '(' not in head):
                kind = 'init'  # a namespace-scope variable's initializer: int a[] = {...}, Held g{}
            else:
                kind = 'func'  # a function's body
            stack.append(kind)
        if c in '{}':
            # An initializer's braces belong to its statement; any other brace starts or ends a scope.
            kind = stack[-1] if c == '{' else (stack.pop() if stack else 'ns')
            statement = statement + c if kind == 'init' else ''
            i += 1
            continue
        if c == ';':
            head = ' '.join(statement.split())
            line = code.count('\n', 0, start) + 1
            here = lines[line - 1] if line - 1 < len(lines) else ''
            before = lines[line - 2] if line >= 2 else ''
            noted = CACHE_NOTE in here or CACHE_NOTE in before
            if 'init' in stack:
                statement += c
                i += 1
                continue
            at_namespace = all(s == 'ns' for s in stack)
            if head and at_namespace and not SKIP_START.match(head) and not TYPE_START.match(head):
                declares_function = '(' in head and '=' not in head.split('(')[0] and not re.search(r'\w\s*\{', head.split('(')[0])
                if not declares_function and not CONST.match(head) and not noted:
                    found.append((line, f'namespace-scope state that can change: "{head[:80]}"'))
            elif head and 'func' in stack and re.match(r'^static\b', head) and not CONST.match(head) and not noted:
                found.append((line, f'a function static that can change: "{head[:80]}"'))
            statement = ''
            i += 1
            continue
        statement += c
        i += 1
    return found


def check_folder(folder):
    problems = []
    files = sorted(p for p in pathlib.Path(folder).rglob('*') if p.suffix in ('.cpp', '.hpp'))
    for path in files:
        for line, message in findings(path.read_text(encoding='utf-8')):
            problems.append(f'{path.relative_to(folder)}:{line}: {message}')
    return files, problems


PLANTED = {
    'int g_count = 0;': 1,
    'namespace a { namespace { std::string g_text; } }': 1,
    'static bool g_open;': 1,
    'Held<int> g_x{};': 1,
    'void f() { static int frames = 0; ++frames; }': 1,
    'void f() {\n  if (x) {\n    static std::vector<int> seen;\n  }\n}': 1,
    'struct S { int x = 0; };\nvoid f();\nint g(int a) { return a; }': 0,
    'constexpr int kA = 1;\nconst char* const kB = "x";\nstatic const float kC = 2;': 0,
    'void f() { static const auto* table = [] { return new int(3); }(); }': 0,
    'void f() {\n  // immutable cache: the glyphs, made once\n  static std::vector<int> glyphs = make();\n}': 0,
    'namespace { struct Held { int v = 0; }; void draw(Held& h) { h.v = 1; } }': 0,
    'const Entry kTable[] = {{"a", 1}, {"b", 2}};\nint use() { return kTable[0].v; }': 0,
    'auto g_later = [](int x) { return x; };': 1,
    'template <typename T> bool held(T& h) { return h.active; }': 0,
}


def self_test():
    ok = True
    for code, expected in PLANTED.items():
        got = len(findings(code))
        if got != expected:
            ok = False
            print(f'FAIL self-test: expected {expected} finding(s), found {got} in: {code!r}')
    return ok


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    folder = pathlib.Path(args[0] if args else 'src/app/ui')
    passed = failed = 0
    if '--self-test' in argv:
        if self_test():
            passed += 1
        else:
            failed += 1
    files, problems = check_folder(folder)
    for p in problems:
        print('FAIL ' + p)
    if not files:
        print(f'FAIL no .cpp or .hpp files under {folder}')
        failed += 1
    failed += len(problems)
    passed += len(files) - len({p.split(':')[0] for p in problems})
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
