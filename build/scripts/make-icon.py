#!/usr/bin/env python3
"""Draws build/icons/icon.png (512x512): the Meja TI emblem.

A green rounded square with a gold ring; inside, a white monitor showing lines of a
document, on a gold stand. Pure Python (zlib + struct), so it needs nothing installed:

    python3 build/scripts/make-icon.py
"""

import math
import os
import struct
import zlib

SIZE = 512
GREEN = (20, 83, 45)
GOLD = (212, 160, 23)
WHITE = (255, 255, 255)


def rounded_rect(x0, y0, x1, y1, r):
    """Signed distance to a rounded rectangle (negative inside)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r

    def sdf(x, y):
        dx, dy = abs(x - cx) - hx, abs(y - cy) - hy
        outside = math.hypot(max(dx, 0), max(dy, 0))
        inside = min(max(dx, dy), 0)
        return outside + inside - r

    return sdf


def ring(cx, cy, radius, width):
    def sdf(x, y):
        return abs(math.hypot(x - cx, y - cy) - radius) - width / 2

    return sdf


# Painted in order, each over the ones before.
SHAPES = [
    (rounded_rect(16, 16, 496, 496, 104), GREEN),
    (ring(256, 256, 196, 16), GOLD),
    (rounded_rect(146, 156, 366, 316, 18), WHITE),
    (rounded_rect(170, 184, 342, 200, 8), GREEN),
    (rounded_rect(170, 216, 318, 228, 6), GREEN),
    (rounded_rect(170, 242, 330, 254, 6), GREEN),
    (rounded_rect(170, 268, 286, 280, 6), GREEN),
    (rounded_rect(238, 316, 274, 352, 4), GOLD),
    (rounded_rect(186, 348, 326, 368, 10), GOLD),
]


def pixel(x, y):
    """RGBA at the pixel's centre, anti-aliased by the distance to each edge."""
    px, py = x + 0.5, y + 0.5
    r = g = b = a = 0.0
    for sdf, colour in SHAPES:
        coverage = min(max(0.5 - sdf(px, py), 0.0), 1.0)
        if coverage == 0:
            continue
        out_a = coverage + a * (1 - coverage)
        mix = coverage / out_a
        r = colour[0] * mix + r * (1 - mix)
        g = colour[1] * mix + g * (1 - mix)
        b = colour[2] * mix + b * (1 - mix)
        a = out_a
    return bytes((round(r), round(g), round(b), round(a * 255)))


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def main():
    rows = [b"".join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE)]
    target = os.path.join(os.path.dirname(__file__), "..", "icons", "icon.png")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as f:
        f.write(png(SIZE, SIZE, rows))
    print(os.path.normpath(target))


if __name__ == "__main__":
    main()
