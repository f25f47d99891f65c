#!/usr/bin/env python3
"""The teacher's tabs in the native app under Xvfb (issue 7): --data and a file dropped on the window
(--drop takes the drop callback's path), the bad file's message in the Data tab in Spanish, --data
giving the CLI's trace, L = 50 crossing out every hidden node, 16 hidden nodes apart at 1024x768, and
the Options and Data tabs at 1280x800 and 1024x768 in English and Spanish: open, their controls drawn
whole inside their panel, the tab titles in the language (the screenshots kept in OUT/teacher-*.png to
be looked at).

Usage: check_teacher.py APP CLI OUT
Prints one PASS/FAIL line per check and "N passed, N failed".
"""
import json
import os
import subprocess
import sys

from check_phase import count
from app_run import report, run_app, summary

PROBLEM = (255, 97, 84)
GOOD_CSV = 'RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n0,0,0,0\n255,255,255,1\n12,34,56,0\n200,200,40,1\n30,200,128,1\n40,60,130,0\n'
BAD_CSV = 'RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n1,2,3,0\n4,x,6,1\n7,8,9,0\n'

def inside(rect, box):
    return (rect['x'] >= box['x'] and rect['y'] >= box['y'] and rect['x'] + rect['w'] <= box['x'] + box['w']
            and rect['y'] + rect['h'] <= box['y'] + box['h'])


def main(app, cli, out):
    os.makedirs(out, exist_ok=True)
    good, bad = os.path.join(out, 'seis.csv'), os.path.join(out, 'archivo.csv')
    with open(good, 'w') as f:
        f.write(GOOD_CSV)
    with open(bad, 'w') as f:
        f.write(BAD_CSV)

    code, _, err, _, _, _ = run_app(app, out, 'teacher-data-bad', ['--data', bad])
    expected = bad + ': line 3, column 3: expected an integer from 0 to 255 for GREEN, found "x"'
    report(code == 1 and expected in err, '--data with a bad file exits 1 naming the file, line and column',
           'exit %d, stderr %r' % (code, err.strip()[:200]))

    code, _, err, _, _, state = run_app(app, out, 'teacher-data-good', ['--data', good, '--seed', '3', '--steps', '5'])
    trace = subprocess.run([cli, 'trace', '--data', good, '--seed', '3', '--steps', '5'], capture_output=True, text=True).stdout
    line = json.loads(trace.splitlines()[-1]) if trace else {}
    same = state is not None and all(state.get(k) == v for k, v in line.items()) and len(line) > 20
    report(code == 0 and same, '--data FILE: state() is line 5 of fontshade-cli trace --data FILE', 'exit %d' % code)

    code, _, err, image, layout, state = run_app(app, out, 'teacher-drop-bad-es', ['--data', good, '--drop', bad, '--lang', 'es'])
    error = layout.get('data_error') if layout else None
    red = count(image, error, [PROBLEM], 30) if error else 0
    report(code == 0 and error is not None and red > 40 and 'data_loaded' not in layout,
           'a bad file dropped on the window: a red message in the Data tab, the data before stays',
           'exit %d, data_error %r, %d red pixels (teacher-drop-bad-es.png)' % (code, error, red))

    code, _, err, image, layout, state = run_app(app, out, 'teacher-drop-good', ['--drop', good])
    report(code == 0 and layout is not None and 'data_loaded' in layout and state['step'] == 0,
           'a good file dropped on the window trains on it (the Data tab says so)', 'exit %d' % code)

    code, _, err, image, layout, state = run_app(app, out, 'teacher-lr50-dead', ['--lesson', 'v=1&lr=50&seed=2&step=1', '--tab', 'options'])
    crosses = [count(image, layout['diagram_hidden_%d' % i], [PROBLEM], 30) for i in range(3)] if layout else []
    report(code == 0 and len(crosses) == 3 and min(crosses) > 15 and 'diagram_dead' in layout and 'options_dead' in layout,
           'L = 50, seed 2: every hidden node crossed out at step 1, said in the diagram and the Options tab',
           'red pixels per node %r (teacher-lr50-dead.png)' % crosses)

    code, _, err, image, layout, state = run_app(app, out, 'teacher-hidden16-1024', ['--lesson', 'v=1&hidden=16&step=5', '--tab', 'options'],
                                              size='1024x768')
    nodes = [layout.get('diagram_hidden_%d' % i) for i in range(16)] if layout else []
    apart = len(nodes) == 16 and all(nodes) and all(nodes[i]['y'] + nodes[i]['h'] < nodes[i + 1]['y'] for i in range(15))
    report(code == 0 and apart and nodes[0]['h'] >= 12 and len(state['w_hidden']) == 16,
           '16 hidden nodes at 1024x768: none overlaps another, each at least 12 px',
           'node 0 %r (teacher-hidden16-1024.png)' % (nodes[0] if nodes else None))

    # The tabs, to be looked at, and checked: the tab open (its controls drawn, whole, inside the
    # lower right panel) and its words in the language (the left column's tab titles are wider in
    # Spanish than in English at the same size).
    controls = {'options': ['options_preset_seed', 'options_lr', 'options_seed', 'options_hidden'],
                'data': ['data_book', 'data_synthetic', 'data_rows', 'data_split']}
    titles = {}
    for size in ('1280x800', '1024x768'):
        for lang in ('en', 'es'):
            for tab in ('options', 'data'):
                name = '%s-%s-%s' % (tab, size.split('x')[0], lang)
                code, _, err, image, layout, state = run_app(
                    app, out, 'teacher-' + name,
                    ['--lesson', 'v=1&preset=tuned&hidden=5&step=200&color=287882&lang=' + lang, '--tab', tab],
                    size=size)
                layout = layout or {}
                panel = layout.get('panel_tabs')
                drawn = [k for k in controls[tab] if k in layout and panel and inside(layout[k], panel)]
                titles[(size, lang, tab)] = sum(layout.get(k, {}).get('w', 0) for k in ('tab_chapter_colours', 'tab_labels'))
                report(code == 0 and drawn == controls[tab],
                       'the %s tab at %s in %s: its controls drawn whole inside the panel (teacher-%s.png)' % (tab, size, lang, name),
                       'exit %d, drawn %s of %s' % (code, drawn, controls[tab]))
        for tab in ('options', 'data'):
            en, es = titles.get((size, 'en', tab), 0), titles.get((size, 'es', tab), 0)
            report(es > en > 0, 'the %s tab at %s: the tab titles in Spanish are the Spanish words (wider than the English)' % (tab, size),
                   '%.0f px in English, %.0f px in Spanish' % (en, es))

    return summary()


if __name__ == '__main__':
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
