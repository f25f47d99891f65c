#!/usr/bin/env python3
"""The 3-D view in the native app under Xvfb (issue 18): a known yaw and pitch put a known colour at a
known pixel, a real drag (--drag: mouse down, four moves, up) turns the cube by half a turn per view
width, the planes move between step 0 and step 1,000, view3d() refuses bad arguments by name, and
screenshots of the cube and the hidden space at steps 0, 100 and 100,000 (OUT/view3d-*.png, to be
looked at), in Spanish and in projector mode too.

Usage: check_view3d.py APP OUT
Prints one PASS/FAIL line per check and "N passed, N failed".
"""
import json
import os
import sys

from app_run import report, run_app, summary

# At zoom 1 a cube side is the view's side / 2.1 pixels (layout/camera3d.hpp), and the eye is 4 sides
# from the cube's centre: white, the corner nearest the viewer at yaw 0 and pitch 0, is drawn half a
# side times 4 / 3.5 right of and above the centre.
FIT, NEAR = 2.1, 4 / 3.5


def centre(rect):
    return rect['x'] + rect['w'] / 2, rect['y'] + rect['h'] / 2


def pixel(image, x, y):
    width, height, channels, rows = image
    return tuple(rows[int(y)][int(x) * channels:int(x) * channels + 3])


def white_corner(view, sign):
    """Where white is drawn at yaw 0 (sign 1) or -90 (sign -1), pitch 0, zoom 1."""
    cx, cy = centre(view)
    s = view['w'] / FIT
    return cx + sign * s * 0.5 * NEAR, cy - s * 0.5 * NEAR


def main(app, out):
    os.makedirs(out, exist_ok=True)
    face_on = 'view3d=[{"yaw": 0, "pitch": 0, "zoom": 1, "space": "cube"}]'
    code, stdout, err, image, layout, _ = run_app(app, out, 'view3d-white-face-on', ['--color', '#ffffff', '--call', face_on])
    ok = code == 0 and 'view3d' in layout
    report(ok, 'view3d() opens the 3-D view and layout() names it', err.strip()[:200])
    if not ok:
        return summary()
    view = layout['view3d']
    x, y = white_corner(view, 1)
    px, py = centre(layout['view3d_picked'])
    report(abs(px - x) < 1 and abs(py - y) < 1, 'yaw 0, pitch 0: white sits at the known pixel, half a side up and right of the centre',
           'expected (%.1f, %.1f), layout says (%.1f, %.1f)' % (x, y, px, py))
    report(min(pixel(image, x, y)) >= 240, 'the pixel there is white', str(pixel(image, x, y)))

    # A real drag leftwards across half the view: half of 180 degrees, so yaw -90, and white moves to
    # the left of the centre (still the nearest corner).
    x0, y0 = centre(view)
    drag = '%.1f,%.1f,%.1f,%.1f' % (x0 + view['w'] / 4, y0, x0 - view['w'] / 4, y0)
    code, stdout, err, image, layout, _ = run_app(app, out, 'view3d-white-dragged',
                                                  ['--color', '#ffffff', '--call', face_on, '--drag', drag,
                                                   '--final-call', 'view3d'], frames=12)
    answer = json.loads(stdout.strip().splitlines()[-1])['value'] if code == 0 else {}
    report(code == 0 and abs(answer.get('yaw', 0) + 90) < 0.5 and answer.get('pitch') == 0,
           'a drag across half the view turns the cube by -90 degrees of yaw', str(answer))
    if code == 0:
        x, y = white_corner(layout['view3d'], -1)
        px, py = centre(layout['view3d_picked'])
        report(abs(px - x) < 1.5 and abs(py - y) < 1.5, 'after the drag white sits at the known pixel left of the centre',
               'expected (%.1f, %.1f), layout says (%.1f, %.1f)' % (x, y, px, py))
        report(min(pixel(image, x, y)) >= 240, 'the pixel there is white', str(pixel(image, x, y)))

    # The planes: none cuts the cube at step 0 (every weight and bias starts in [0, 1)); by step 1,000
    # two do, and they have moved by step 2,000.
    planes = {}
    for steps in (0, 1000, 2000):
        code, _, err, image, layout, _ = run_app(app, out, 'view3d-planes-%d' % steps, ['--steps', str(steps), '--call', 'view3d=[{}]'])
        planes[steps] = {k: v for k, v in (layout or {}).items() if k.startswith('view3d_plane_')}
    report(not planes[0], 'step 0: no plane cuts the cube', str(sorted(planes[0])))
    report(sorted(planes[1000]) == ['view3d_plane_1', 'view3d_plane_2'], 'step 1,000: nodes 1 and 2 cut the cube', str(sorted(planes[1000])))
    moved = [k for k in planes[1000] if k in planes[2000] and planes[1000][k] != planes[2000][k]]
    report(len(moved) >= 1, 'the planes move between step 1,000 and step 2,000', str(moved))

    code, stdout, _, _, _, _ = run_app(app, out, 'view3d-refused', ['--final-call', 'view3d=[{"yaw": {"__js": "NaN"}}]'])
    report('yaw must be a finite number of degrees from -180 to 180, not NaN"' in stdout, 'view3d({yaw: NaN}) is refused naming yaw',
           stdout.strip()[-200:])

    # Screenshots to look at: the cube and the hidden space at steps 0, 100 and 100,000.
    for steps in (0, 100, 100000):
        for space in ('cube', 'hidden'):
            name = 'view3d-%s-%d' % (space, steps)
            code, _, err, _, layout, _ = run_app(app, out, name, ['--steps', str(steps), '--color', '#2277d3',
                                                                 '--call', 'view3d=[{"space": "%s"}]' % space])
            report(code == 0 and 'view3d' in layout, 'screenshot %s.png' % name, err.strip()[:200])
    code, _, err, _, layout, _ = run_app(app, out, 'view3d-projector-es', ['--steps', '100000', '--projector', '--lang', 'es',
                                                                           '--call', 'view3d=[{}]'], size='1024x768')
    report(code == 0 and 'view3d' in layout and 'tab_view3d' in layout, 'projector mode at 1024x768 in Spanish: the 3-D view in the diagram\'s place',
           err.strip()[:200])
    code, _, err, _, layout, _ = run_app(app, out, 'view3d-phase-Z1', ['--steps', '3000', '--phase', 'Z1', '--call', 'view3d=[{}]'])
    report(code == 0 and 'view3d_sample' in layout, 'phase Z1: the sample is marked with its distances to the planes', err.strip()[:200])
    code, _, err, _, layout, _ = run_app(app, out, 'view3d-phase-update', ['--steps', '3000', '--phase', 'update', '--call', 'view3d=[{}]'])
    report(code == 0 and any(k.startswith('view3d_plane_after_') for k in layout), 'phase update: the planes after the update are outlined',
           err.strip()[:200])
    return summary()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
