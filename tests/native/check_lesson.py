#!/usr/bin/env python3
"""The guided lesson natively (issue 17), under Xvfb: `fontshade --lesson chapter --scene K` opens every
scene of the built-in lesson with its screen (state() is `fontshade-cli trace`'s line for the scene's
options and step), the lesson's panel and a window a part; scene 1 shows at most 10 controls (counted
in the layout); the same in Spanish and in projector mode at 1024x768; a teacher's lesson file
(--lesson FILE) opens at its scene and `fontshade-cli lesson check FILE` says what it lacks; a bad file
is refused with its line and column. Screenshots are kept in OUT/lesson-*.png.

Usage: check_lesson.py APP CLI OUT
Prints one PASS/FAIL line per check and "N passed, N failed".
"""
import json
import os
import subprocess
import sys

from app_run import report, run_app, summary


def cli_json(cli, *args):
    r = subprocess.run([cli, *args], capture_output=True, text=True)
    return r.returncode, json.loads(r.stdout) if r.stdout.strip().startswith('{') else None, r.stderr


def same_record(state, record):
    if record is None:
        return state.get('step') == 0
    return all(state.get(k) == v for k, v in record.items())


def controls(layout):
    return [k[12:] for k in layout if k.startswith('control_')]


def main(app, cli, out):
    os.makedirs(out, exist_ok=True)
    code, chapter, err = cli_json(cli, 'lesson', 'check', 'chapter', '--json')
    report(code == 0 and chapter and not chapter['problems'] and len(chapter['scenes']) >= 12,
           'fontshade-cli lesson check chapter: the built-in lesson reads, every screen opens, texts in both languages',
           'exit %d %s' % (code, err.strip()[:200]))
    if not chapter:
        return summary()
    # Every scene in English; a few in Spanish and in projector mode (the browser's checks walk them all).
    every = list(range(1, len(chapter['scenes']) + 1))
    some = [1, 4, 10, 12, len(chapter['scenes'])]  # 12: scikit-learn's trainer
    for lang, size, extra, scenes in (('en', '1280x800', [], every), ('es', '1280x800', [], some), ('en', '1024x768', ['--projector'], some)):
        wrong = []
        for k in scenes:
            scene = chapter['scenes'][k - 1]
            name = 'lesson-%s-%s%s-%02d' % (lang, size, '-projector' if extra else '', k)
            code, _, err, image, layout, state = run_app(app, out, name, ['--lesson', 'chapter', '--scene', str(k), '--lang', lang, *extra],
                                                         size=size)
            screen = scene['screen']
            parts = [p for p in (layout or {}) if p.startswith('part_')]
            if code != 0 or not same_record(state, screen['record']) or state.get('step') != screen['step']:
                wrong.append('scene %d: state is not the CLI\'s (exit %d %s)' % (k, code, err.strip()[:80]))
            elif 'lesson_panel' not in layout or not parts:
                wrong.append('scene %d: no lesson panel or no part window in the layout' % k)
            elif k == 1 and len(controls(layout)) > 10:
                wrong.append('scene 1 shows %d controls: %s' % (len(controls(layout)), ', '.join(controls(layout))))
        report(not wrong, 'scenes %s in %s at %s%s open their screens (state() = the CLI\'s record), the panel and the parts' %
               ('all' if scenes == every else ', '.join(map(str, scenes)), lang, size, ' in projector mode' if extra else ''),
               '; '.join(wrong[:3]))

    # A teacher's lesson file: two scenes, the second without Spanish.
    lesson = os.path.join(out, 'lesson-teacher.json')
    with open(lesson, 'w') as f:
        json.dump({'format': 'fontshade-lesson', 'version': 1, 'title': {'en': 'Two screens', 'es': 'Dos pantallas'},
                   'scenes': [{'title': {'en': 'Ten steps', 'es': 'Diez pasos'}, 'state': 'v=1&seed=4&step=10',
                               'show': ['forward', 'network'], 'text': {'en': 'A2 = {A2}', 'es': 'A2 = {A2}'}},
                              {'title': {'en': 'Phase C'}, 'state': 'v=1&hidden=5&step=3&phase=C', 'show': ['forward'],
                               'text': {'en': 'C = {C}'}}]}, f)
    code, checked, err = cli_json(cli, 'lesson', 'check', lesson, '--json')
    report(code == 1 and checked and checked['problems'] == ['scene 2: title.es is empty', 'scene 2: text.es is empty'],
           'fontshade-cli lesson check FILE: reads a teacher\'s file, opens its screens, names the texts missing in Spanish',
           'exit %d, problems %s' % (code, checked and checked['problems']))
    code, _, err, image, layout, state = run_app(app, out, 'lesson-teacher-scene2', ['--lesson', lesson, '--scene', '2'])
    record = checked and checked['scenes'][1]['screen']['record']
    report(code == 0 and same_record(state, record) and state.get('phase') == 'C' and 'part_forward' in (layout or {}),
           '--lesson FILE --scene 2 opens the teacher\'s scene 2: its screen is the CLI\'s, in phase C, its forward pass shown',
           'exit %d %s' % (code, err.strip()[:200]))
    bad = os.path.join(out, 'lesson-bad.json')
    with open(bad, 'w') as f:
        f.write('{"format": "fontshade-lesson", "version": 1,\n "title": {"en": "T"}, "scenes": [7]}')
    r = subprocess.run([app, '--lesson', bad, '--frames', '1'], capture_output=True, text=True, timeout=120)
    report(r.returncode == 1 and r.stderr.strip() == 'fontshade: --lesson: %s: line 2, column 35: scenes[0]: expected an object, found a number' % bad,
           '--lesson with a bad file: exit 1 before any window opens, the file, line and column on stderr',
           'exit %d: %s' % (r.returncode, r.stderr.strip()[:200]))
    return summary()


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:4]))
