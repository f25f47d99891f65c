#!/usr/bin/env python3
"""Checks a screenshot of the native app in phase mode against what the phase computes.

Usage: check_phase.py SHOT.png LAYOUT.json STATE.json PHASE
Checks: state().phase is PHASE; the lit block of formulas (layout's phase_highlight) has its amber bar
(for the phases lit by a block: all but the three factor phases, whose table rows are tinted); and the
diagram's edge layers: no gradient colours in a forward phase, gradients on the hidden -> output edges
from dC_dW2 on, on the input -> hidden edges at dC_dW1. Prints one line per check and
"N passed, N failed".
"""
import json
import sys

from check_screenshot import read_png

GRADIENT = [(213, 94, 0), (86, 180, 233)]
BAR = (240, 200, 80)
FORWARD = ['sample', 'Z1', 'A1', 'Z2', 'A2', 'C']
FACTOR_PHASES = ['dC_dA2', 'dA2_dZ2', 'dA1_dZ1']


def pixels(image, rect):
    width, height, channels, rows = image
    x0, y0 = max(0, int(rect['x'])), max(0, int(rect['y']))
    x1, y1 = min(width, int(rect['x'] + rect['w'])), min(height, int(rect['y'] + rect['h']))
    for y in range(y0, y1):
        row = rows[y]
        for x in range(x0, x1):
            yield tuple(row[x * channels:x * channels + 3])


def near(p, q, tolerance=24):
    return all(abs(a - b) <= tolerance for a, b in zip(p, q))


def count(image, rect, colours, tolerance=24):
    return sum(1 for p in pixels(image, rect) if any(near(p, c, tolerance) for c in colours))


def main(shot, layout_path, state_path, phase):
    image = read_png(shot)
    layout = json.load(open(layout_path))
    state = json.load(open(state_path))
    results = []

    def check(ok, what):
        results.append(ok)
        print(('PASS ' if ok else 'FAIL ') + what)

    check(state.get('phase') == phase, f'{phase}: state().phase is {state.get("phase")!r}')
    if phase not in FACTOR_PHASES:
        lit = layout.get('phase_highlight')
        bar = dict(lit, w=4) if lit else None
        check(bool(lit) and count(image, bar, [BAR], 30) >= 10, f'{phase}: the lit formulas have their bar ({lit})')
    hidden = count(image, layout['diagram_hidden_edges'], GRADIENT)
    output = count(image, layout['diagram_output_edges'], GRADIENT)
    if phase in FORWARD:
        check(hidden + output <= 20, f'{phase}: no gradient colours in a forward phase ({hidden} + {output} pixels)')
    elif phase in ('dC_dW2', 'dC_dA1'):
        check(output >= 100 and hidden <= 20, f'{phase}: gradients on the hidden -> output edges only ({output}, {hidden})')
    elif phase == 'dC_dW1':
        check(hidden >= 100, f'{phase}: gradients on the input -> hidden edges ({hidden} pixels)')
    print(f'{sum(results)} passed, {len(results) - sum(results)} failed')
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
