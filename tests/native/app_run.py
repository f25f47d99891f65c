"""What the native app's checks share: running the app under Xvfb for a few frames (its screenshot,
layout and state kept in OUT), and one PASS/FAIL line per check with the count at the end."""
import json
import os
import subprocess

from check_screenshot import read_png

counts = {'passed': 0, 'failed': 0}


def report(ok, name, details=''):
    counts['passed' if ok else 'failed'] += 1
    print(('PASS ' if ok else 'FAIL ') + name + (' -- ' + details if details else ''))


def summary():
    """Prints "N passed, N failed"; returns the exit status."""
    print('%d passed, %d failed' % (counts['passed'], counts['failed']))
    return 1 if counts['failed'] else 0


def run_app(app, out, name, args, size='1280x800', frames=4):
    """Runs the app for some frames, keeping OUT/NAME.png, .layout.json and .state.json.
    Returns (exit code, stdout, stderr, image, layout, state); the last three are None on failure."""
    base = os.path.join(out, name)
    width, height = size.split('x')
    r = subprocess.run(['xvfb-run', '-a', '-s', '-screen 0 %sx%sx24' % (width, height), app, '--size', size, *args,
                        '--frames', str(frames), '--screenshot', base + '.png', '--layout', base + '.layout.json',
                        '--state', base + '.state.json'], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        return r.returncode, r.stdout, r.stderr, None, None, None
    with open(base + '.layout.json') as f:
        layout = json.load(f)
    with open(base + '.state.json') as f:
        state = json.load(f)
    return 0, r.stdout, r.stderr, read_png(base + '.png'), layout, state
