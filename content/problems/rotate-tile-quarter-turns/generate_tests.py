"""Writes tests.yaml for rotate-tile-quarter-turns. Expected values come from mapping every pixel
through the rotation of its centre coordinates (x, y) -> (y, -x) for a clockwise quarter turn in
a y-down frame, applied (turns mod 4) times, and re-anchoring the result at the top-left; this
coordinate method is independent of the zip-based reference."""
import json
import random
from pathlib import Path

rnd = random.Random(90)


def by_coordinates(pixels, turns):
    m, n = len(pixels), len(pixels[0])
    points = {}
    for r in range(m):
        for c in range(n):
            x, y = 2 * c - (n - 1), 2 * r - (m - 1)  # doubled coordinates around the centre
            for _ in range(turns % 4):
                x, y = -y, x  # clockwise on screen (y grows downwards)
            points[(x, y)] = pixels[r][c]
    xs = sorted({x for x, _ in points})
    ys = sorted({y for _, y in points})
    return [[points[(x, y)] for x in xs] for y in ys]


def grid(m, n):
    return [[rnd.randint(0, 255) for _ in range(n)] for _ in range(m)]


visible = [([[1, 2, 3], [4, 5, 6]], 1), ([[1, 2, 3], [4, 5, 6]], -1), ([[7, 8], [9, 0]], 6)]
hidden = [
    ([[5]], 1),
    ([[1, 2, 3, 4]], 1),
    ([[1], [2], [3]], -1),
    ([[1, 2], [3, 4]], 0),
    ([[1, 2], [3, 4]], 2),
    ([[1, 2], [3, 4]], -2),
    ([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 3),
    ([[1, 2, 3], [4, 5, 6], [7, 8, 9]], -3),
    (grid(3, 5), 1000000000),
    (grid(4, 2), -1000000000 + 1),
    (grid(6, 9), 999999999),
    (grid(17, 11), -7),
    (grid(60, 40), 5),
    (grid(100, 100), -999999998),
]

out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for pixels, turns in group:
        sep = (",", ":") if len(pixels) * len(pixels[0]) > 300 else (", ", ": ")
        out += [f"  - args: [{json.dumps(pixels, separators=sep)}, {turns}]",
                f"    expected: {json.dumps(by_coordinates(pixels, turns), separators=sep)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
