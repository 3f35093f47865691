#!/usr/bin/env python3
"""Draws dist/strikeline.png (256 px, 4x supersampled) from the shapes of dist/strikeline-icon.svg; no image tools needed."""
import struct, zlib, os

JET = [(12, 1.5), (13.4, 7.5), (13.4, 9.6), (21.5, 14), (21.5, 16), (13.4, 13.6), (13, 18.6), (15.8, 20.6), (15.8, 22),
       (12, 21), (8.2, 22), (8.2, 20.6), (11, 18.6), (10.6, 13.6), (2.5, 16), (2.5, 14), (10.6, 9.6), (10.6, 7.5)]
JET = [(x * 0.85 - 1.5, y * 0.85 - 1.5) for x, y in JET]


def inside(poly, x, y):
    hit = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def colour(x, y):
    """RGBA at a point of the 24x24 design."""
    cx, cy = min(max(x, 4), 20), min(max(y, 4), 20)
    if (x - cx) ** 2 + (y - cy) ** 2 > 16:
        return (0, 0, 0, 0)
    if inside(JET, x, y):
        return (242, 244, 247, 255)
    if (x - 17.5) ** 2 + (y - 17.5) ** 2 <= 16:
        return (217, 72, 43, 255)
    return (31, 42, 54, 255)


def main():
    size, sub = 256, 4
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(sub):
                for sx in range(sub):
                    c = colour((px + (sx + 0.5) / sub) * 24 / size, (py + (sy + 0.5) / sub) * 24 / size)
                    for k in range(4):
                        acc[k] += c[k]
            row += bytes(v // (sub * sub) for v in acc)
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "strikeline.png"), "wb") as out:
        out.write(png)


if __name__ == "__main__":
    main()
