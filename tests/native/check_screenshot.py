#!/usr/bin/env python3
"""Checks a screenshot of the native app against what the app says it drew.

Usage: check_screenshot.py SHOT.png LAYOUT.json STATE.json EXPECTED_HEX TRACE_LINE.json
Checks: the preview card is filled with exactly the picked colour; the preview sentence's text pixels
are white when the network chose light text and black when it chose dark; the current sample's swatch
is the colour of the sample the step drew; state() equals the CLI's trace line for the same step.
Prints one line per check and ends with "N passed, N failed". Standard library only (own PNG reader).
"""
import json
import math
import struct
import sys
import zlib


def read_png(path):
    """RGB(A) 8-bit, non-interlaced PNG -> (width, height, channels, rows of bytes)."""
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError(f'{path} is not a PNG')
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace:
        raise ValueError('only 8-bit RGB/RGBA non-interlaced PNGs are read here')
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b''.join(chunks))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                line[i] = (line[i] + predictor) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def pixels(image, rect):
    width, height, channels, rows = image
    x0, y0 = int(rect['x']) + 1, int(rect['y']) + 1
    x1, y1 = int(rect['x'] + rect['w']) - 1, int(rect['y'] + rect['h']) - 1
    for y in range(max(y0, 0), min(y1, height)):
        row = rows[y]
        for x in range(max(x0, 0), min(x1, width)):
            yield tuple(row[x * channels:x * channels + 3])


def hex_rgb(text):
    text = text.lstrip('#')
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


def main(shot, layout_path, state_path, expected_hex, trace_path):
    image = read_png(shot)
    layout = json.load(open(layout_path))
    state = json.load(open(state_path))
    trace = json.load(open(trace_path))
    expected = hex_rgb(expected_hex)
    passed = failed = 0

    def check(ok, name, detail=''):
        nonlocal passed, failed
        print(('PASS ' if ok else 'FAIL ') + name + ('' if ok else ': ' + detail))
        passed, failed = passed + ok, failed + (not ok)

    card = list(pixels(image, layout['preview_card']))
    exact = sum(1 for p in card if p == expected)
    check(len(card) > 1000 and exact > 0.6 * len(card), f'preview card is filled with {expected_hex}',
          f'{exact} of {len(card)} pixels are exactly {expected}')

    shade = state['picked']['shade']
    check(state['picked']['color'] == expected_hex.lower(), 'state().picked.color is the colour asked for',
          state['picked']['color'])
    text = [p for p in pixels(image, layout['preview_text']) if sum(abs(a - b) for a, b in zip(p, expected)) > 90]
    want = (255, 255, 255) if shade == 'light' else (0, 0, 0)
    other = (0, 0, 0) if shade == 'light' else (255, 255, 255)

    def distance(p, q):
        return sum(abs(a - b) for a, b in zip(p, q))

    # Anti-aliased edges blend the text's shade into the background: every text pixel lies on the
    # line from the background colour to that shade (and not on the line to the other shade).
    def on_blend_line(p, shade_rgb):
        d = [b - a for a, b in zip(expected, shade_rgb)]
        v = [b - a for a, b in zip(expected, p)]
        length2 = sum(x * x for x in d) or 1
        t = sum(x * y for x, y in zip(d, v)) / length2
        residual = sum((v[i] - t * d[i]) ** 2 for i in range(3)) ** 0.5
        return 0 < t <= 1.05 and residual < 24

    blended = sum(1 for p in text if on_blend_line(p, want))
    check(len(text) > 100 and blended > 0.95 * len(text), f'preview text is {shade} as the network decided',
          f'{blended} of {len(text)} text pixels are blends of the background and {want}')
    wrong = sum(1 for p in text if distance(p, other) < 60)
    check(wrong == 0, f'no preview text pixel has the other shade {other}', f'{wrong} found')
    full = [p for p in text if p == want]
    check(len(full) > 20, f'preview text has pixels of exactly {want}', f'{len(full)} found')

    # The swatch of the current sample shows that sample's colour (X * 255).
    sample_rgb = tuple(round(x * 255) for x in state['X'])
    swatch = list(pixels(image, layout['sample_swatch']))
    check(swatch and sum(1 for p in swatch if p == sample_rgb) > 0.9 * len(swatch), 'sample swatch shows the sample colour',
          f'expected {sample_rgb}')

    picked = state.pop('picked')
    check(state.pop('phase', 'missing') is None, 'state().phase is null outside phase mode', 'phase')
    # The network's answer for the picked colour, worked out here from the parameters after the step.
    after = state['after']
    x = [c / 255 for c in expected]
    a1 = [max(0.0, sum(w * xi for w, xi in zip(row, x)) + b) for row, b in zip(after['w_hidden'], after['b_hidden'])]
    z2 = sum(w * a for w, a in zip(after['w_output'][0], a1)) + after['b_output']
    a2 = 1 / (1 + math.exp(-z2))
    check(abs(picked['A2'] - a2) <= 1e-12, 'picked A2 is the forward pass of the current parameters',
          f'app {picked["A2"]}, recomputed {a2}')
    check(picked['shade'] == ('dark' if a2 >= 0.5 else 'light'), 'picked shade follows A2 >= 0.5', picked['shade'])
    check(state == trace, "the app's state() equals the CLI trace line of the same step",
          ', '.join(k for k in trace if state.get(k) != trace[k]) or 'keys differ')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:6]))
