#!/usr/bin/env python3
"""The folders of src/ are the architecture; this check keeps them so.

Every project include is written as its path under src/ ("core/data/csv.hpp"), so an include names
the room it reaches into. The rules:
  - the core's layers use only themselves and the layers before them:
        base < colour < data < network < files
    and the core includes nothing of cli/ or app/;
  - cli/ uses the core and itself, nothing of app/;
  - the app's pixel-free folders (state, layout, text, script) never include its pixel folders (ui,
    platform), nor ImGui, GLFW or GL headers;
  - every quoted include of a project header names its path under src/ (no bare "run.hpp").
Prints one line per broken rule and ends with "N passed, N failed".
Usage: layering.py [SRC_DIR]
"""
import pathlib
import re
import sys

CORE_LAYERS = ['base', 'colour', 'data', 'network', 'files']
PIXEL_FREE = ['state', 'layout', 'text', 'script']
PIXELS = ['ui', 'platform']
# Headers that bring pixels: Dear ImGui, its backends, GLFW and GL.
PIXEL_HEADER = re.compile(r'^(imgui|imstb|GLFW/|GL/|GLES|gl_api|emscripten/html5)')
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]', re.M)


def room_of(path):
    """('core', 'network'), ('app', 'ui'), ('cli', '') for a file or an include path under src/."""
    parts = pathlib.PurePosixPath(path).parts
    if len(parts) >= 3 and parts[0] in ('core', 'app'):
        return parts[0], parts[1]
    return parts[0], ''


def rules_broken(src, rel, text):
    """Every rule that one file's includes break, as messages."""
    broken = []
    top, room = room_of(rel)
    for bracket, target in INCLUDE.findall(text):
        where = f'{rel}: #include {bracket}{target}'
        if bracket == '"' and not (src / target).exists():
            if PIXEL_HEADER.match(target) or target.startswith('generated/'):
                pass  # a third-party or generated header, judged below
            else:
                broken.append(f'{where}: a project header must be named by its path under src/')
                continue
        if top == 'app' and room in PIXEL_FREE and PIXEL_HEADER.match(target):
            broken.append(f'{where}: the pixel-free app/{room}/ includes a pixel header')
            continue
        if not (src / target).exists():
            continue
        to_top, to_room = room_of(target)
        if top == 'core':
            if to_top != 'core':
                broken.append(f'{where}: the core includes {to_top}/')
            elif CORE_LAYERS.index(to_room) > CORE_LAYERS.index(room):
                broken.append(f'{where}: core/{room} reaches up into core/{to_room} '
                              f'(layers: {" < ".join(CORE_LAYERS)})')
        elif top == 'cli' and to_top == 'app':
            broken.append(f'{where}: the CLI includes the app')
        elif top == 'app' and room in PIXEL_FREE and to_top == 'app' and to_room in PIXELS:
            broken.append(f'{where}: the pixel-free app/{room}/ includes app/{to_room}/')
    return broken


def main(src):
    src = pathlib.Path(src)
    passed, failed = 0, 0
    files = sorted(p for p in src.rglob('*') if p.suffix in ('.cpp', '.hpp'))
    for path in files:
        rel = path.relative_to(src).as_posix()
        broken = rules_broken(src, rel, path.read_text(encoding='utf-8'))
        for message in broken:
            print('FAIL ' + message)
        failed += len(broken)
        passed += not broken
    # The rules must have something to judge: every room exists.
    for room in [f'core/{r}' for r in CORE_LAYERS] + [f'app/{r}' for r in PIXEL_FREE + PIXELS] + ['cli']:
        if (src / room).is_dir():
            passed += 1
        else:
            failed += 1
            print(f'FAIL src/{room}/ is missing')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'src'))
