#!/usr/bin/env python3
"""Checks a screenshot of the native app in phase mode against what the phase computes.

Usage: check_phase.py SHOT.png LAYOUT.json STATE.json PHASE
Checks: state().phase is PHASE; the lit block of formulas (layout's phase_highlight) has its amber bar
(for the phases lit by a block: all but the three factor phases, whose table rows are tinted); and the
diagram at every phase: its edge layers (no gradient colours in a forward phase, at the output's
factors dC_dA2 and dA2_dZ2, nor at the update, which draws the new weights in the weights' colours;
gradients on the hidden -> output edges at dC_dW2 and dC_dA1, and at dA1_dZ1 still, faint, as that
phase lights the hidden nodes; on the input -> hidden edges at dC_dW1), and the nodes each factor
phase computes ringed in amber (the output at dC_dA2 and
dA2_dZ2, the hidden nodes at dA1_dZ1) while the others are not. Prints one line per check and
"N passed, N failed".
"""
import json
import math
import sys

from check_screenshot import read_png

GRADIENT = [(213, 94, 0), (86, 180, 233)]
WEIGHT = [(0, 158, 115), (204, 121, 167)]
BAR = (240, 200, 80)
RING = (255, 214, 90)  # the amber ring of a node the phase computes
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


def ringed(image, node):
    """The share of points just outside a node's rim (where its amber ring is drawn) that are amber."""
    width, height, channels, rows = image
    cx, cy, r = node['x'] + node['w'] / 2, node['y'] + node['h'] / 2, node['w'] / 2 + 1.5
    points = [(int(round(cx + r * math.cos(a * math.pi / 24))), int(round(cy + r * math.sin(a * math.pi / 24)))) for a in range(48)]
    amber = sum(1 for x, y in points if 0 <= x < width and 0 <= y < height and near(tuple(rows[y][x * channels:x * channels + 3]), RING, 40))
    return amber / len(points)


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
    elif phase in ('dC_dA2', 'dA2_dZ2'):
        check(hidden + output <= 20, f"{phase}: no gradient on any edge yet at the output's factor ({hidden} + {output} pixels)")
    elif phase in ('dC_dW2', 'dC_dA1'):
        check(output >= 100 and hidden <= 20, f'{phase}: gradients on the hidden -> output edges only ({output}, {hidden})')
    elif phase == 'dA1_dZ1':
        # Unlit edges are drawn at 22 % over the panel's background (panel_diagram.cpp).
        box = layout['diagram']
        width, height, channels, rows = image
        background = tuple(rows[int(box['y']) + 2][(int(box['x']) + 2) * channels:(int(box['x']) + 2) * channels + 3])
        faint = [tuple(round(b + (g - b) * 0.22) for b, g in zip(background, colour)) for colour in GRADIENT]
        kept = count(image, layout['diagram_output_edges'], faint, 6)
        back = count(image, layout['diagram_hidden_edges'], faint, 6)
        check(kept >= 100 and output <= 20 and hidden + back <= 20,
              f'dA1_dZ1: the hidden -> output edges keep their gradients, faint ({kept} pixels; lit {output}), none on the input -> hidden edges ({hidden + back})')
    elif phase == 'dC_dW1':
        check(hidden >= 100, f'{phase}: gradients on the input -> hidden edges ({hidden} pixels)')
    elif phase == 'update':
        weights = [count(image, layout[k], WEIGHT) for k in ('diagram_hidden_edges', 'diagram_output_edges')]
        check(hidden + output <= 20 and min(weights) >= 100,
              f"update: the new weights in the weights' colours on both layers ({weights} pixels), no gradient ({hidden} + {output})")
    if phase in FACTOR_PHASES:
        lit = ['diagram_output'] if phase != 'dA1_dZ1' else ['diagram_hidden_%d' % i for i in range(3)]
        others = [k for k in ['diagram_output'] + ['diagram_hidden_%d' % i for i in range(3)] if k not in lit]
        shares = {k: ringed(image, layout[k]) for k in lit + others if k in layout}
        check(len(shares) == 4 and all(shares[k] >= 0.6 for k in lit) and all(shares[k] <= 0.1 for k in others),
              f'{phase}: the node it computes ringed in amber ({", ".join(lit)}), the others not '
              f'({", ".join("%s %.0f%%" % (k, 100 * v) for k, v in shares.items())})')
    print(f'{sum(results)} passed, {len(results) - sum(results)} failed')
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
