#!/usr/bin/env python3
"""Keeping, sharing, projector mode and the class activities in the native app under Xvfb (issues 7
and 8): a model saved by the app equals the CLI's for the same run, byte for byte; a model loaded with
--model, or dropped on the window, goes on as the uninterrupted run; projector mode at 1024x768 shows
the lesson's four panels with type at least 24 px on near-black; a seed sweep made in the app gives
the CLI's numbers; the Label colours tab in Spanish with two labels (both in labels(), their swatches in
their colours, the tab's words in Spanish). Screenshots are kept in OUT/keeping-*.png.

Usage: check_keeping.py APP CLI OUT
Prints one PASS/FAIL line per check and "N passed, N failed".
"""
import json
import os
import subprocess
import sys

from app_run import report, run_app, summary
from check_phase import pixels, near

def trace_line(cli, seed, steps):
    out = subprocess.run([cli, 'trace', '--seed', str(seed), '--steps', str(steps)], capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])


def share(image, rect, colour):
    """The share of a rectangle's pixels that are this colour."""
    inside = list(pixels(image, rect))
    return sum(1 for p in inside if near(p, colour, 6)) / max(1, len(inside))


def same_as(state, line):
    return state is not None and len(line) > 20 and all(state.get(k) == v for k, v in line.items())


def main(app, cli, out):
    os.makedirs(out, exist_ok=True)
    app500, cli500 = os.path.join(out, 'keeping-app500.json'), os.path.join(out, 'keeping-cli500.json')
    subprocess.run([cli, 'train', '--seed', '1', '--stop-at', '500', '--save', cli500], check=True, capture_output=True)

    code, _, err, _, _, state = run_app(app, out, 'keeping-save', ['--seed', '1', '--steps', '500', '--save-model', app500])
    same = code == 0 and os.path.exists(app500) and open(app500).read() == open(cli500).read()
    report(same, "--save-model after 500 steps of seed 1 is fontshade-cli train --stop-at 500 --save's file, byte for byte",
           'exit %d %s' % (code, err.strip()[:200]))

    line1000 = trace_line(cli, 1, 1000)
    code, _, err, _, _, state = run_app(app, out, 'keeping-load', ['--model', cli500, '--steps', '500'])
    report(code == 0 and state.get('step') == 1000 and same_as(state, line1000),
           "--model (the CLI's file at step 500) then 500 steps: state() is line 1000 of the uninterrupted trace",
           'exit %d, step %s' % (code, state and state.get('step')))

    line500 = trace_line(cli, 1, 500)
    code, _, err, _, _, state = run_app(app, out, 'keeping-drop-model', ['--drop', cli500])
    report(code == 0 and state.get('step') == 500 and same_as(state, line500),
           "a model file dropped on the window (--drop) opens its run at step 500: state() is trace line 500",
           'exit %d, step %s' % (code, state and state.get('step')))

    code, _, err, image, layout, state = run_app(app, out, 'keeping-projector-1024x768', ['--seed', '1', '--steps', '7', '--projector'],
                                                 size='1024x768')
    panels = sorted(k for k in (layout or {}) if k.startswith('panel_'))
    font = (layout or {}).get('font_mono', {}).get('h', 0)
    dark = None
    if image is not None and 'panel_passes' in layout:
        p = layout['panel_passes']
        width, height, channels, rows = image
        x, y = int(p['x'] + p['w'] - 20), int(p['y'] + p['h'] - 30)
        dark = tuple(rows[y][x * channels:x * channels + 3])
    report(code == 0 and len(panels) == 4 and font >= 24 and dark is not None and max(dark) <= 16,
           'projector mode at 1024x768: four panels, the numbers at least 24 px tall, near-black behind them',
           'panels %s, type %.1f px, background %s (keeping-projector-1024x768.png)' % (panels, font, dark))

    sweep = json.loads(subprocess.run([cli, 'sweep', '--seeds', '10', '--json'], capture_output=True, text=True).stdout)
    cli_acc = [r['test_accuracy'] for r in sweep['runs']]
    code, stdout, err, _, layout, _ = run_app(app, out, 'keeping-sweep', ['--call', 'sweep=[10]', '--final-call', 'sweepStatus'], frames=150)
    status = json.loads(stdout.splitlines()[-1]) if code == 0 and stdout.strip() else {}
    status = status.get('value', status) or {}
    app_acc = [r['test_accuracy'] for r in status.get('runs', [])]
    report(code == 0 and status.get('done') is True and len(cli_acc) == 10 and app_acc == cli_acc,
           "a 10-seed sweep in the app (--call sweep=[10]) gives fontshade-cli sweep --json's test accuracies",
           'app %s, cli %s, done %s' % (app_acc[:3], cli_acc[:3], status.get('done')))

    # The Label colours tab with two labels, in Spanish and (to compare its words) in English.
    labelled = [{'r': 250, 'g': 250, 'b': 210, 'y': 1}, {'r': 20, 'g': 20, 'b': 20, 'y': 0}]
    runs = {}
    for lang in ('es', 'en'):
        code, stdout, err, image, layout, _ = run_app(app, out, 'keeping-labels-' + lang, [
            '--lang', lang, '--tab', 'labels', '--call', 'label=[250,250,210,1]', '--call', 'label=[20,20,20,0]',
            '--final-call', 'labels', '--final-call', 'settings'])
        answers = [json.loads(line) for line in stdout.splitlines()[-2:]] if code == 0 else [None, None]
        runs[lang] = (code, err, image, layout or {}, [a.get('value', a) if isinstance(a, dict) else a for a in answers])
    code, err, image, layout, (labels, settings) = runs['es']
    swatches = sorted(k for k in layout if k.startswith('label_swatch_'))
    shares = [share(image, layout[k], (c['r'], c['g'], c['b'])) for k, c in zip(swatches, labelled)] if image else []
    words = [runs[lang][3].get('label_count', {}).get('w', 0) for lang in ('es', 'en')]
    report(code == 0 and labels == labelled and (settings or {}).get('lang') == 'es' and swatches == ['label_swatch_0', 'label_swatch_1']
           and len(shares) == 2 and min(shares) >= 0.5 and words[0] > words[1] > 0,
           'the Label colours tab in Spanish with two labels: labels() has both, two swatches in their colours, '
           'the count in Spanish (keeping-labels-es.png)',
           'exit %d, labels %s, settings %s, swatches %s filled %s, count %.0f px wide in es, %.0f in en %s'
           % (code, labels, settings, swatches, ['%.0f%%' % (100 * x) for x in shares], words[0], words[1], err.strip()[:200]))

    return summary()


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:4]))
