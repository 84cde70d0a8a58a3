"""Writes tests.yaml for spiral-sensor-readout. Expected values come from simulating the read-out
head step by step: move in the current direction while the next cell is inside the grid and
unread, otherwise turn clockwise; stop after m * n reads. This walker is independent of the
ring-by-ring reference."""
import json
import random
from pathlib import Path

rnd = random.Random(616)


def by_walking(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]  # right, down, left, up
    r = c = d = 0
    out = []
    for _ in range(m * n):
        out.append(grid[r][c])
        seen[r][c] = True
        for _ in range(4):
            nr, nc = r + moves[d][0], c + moves[d][1]
            if 0 <= nr < m and 0 <= nc < n and not seen[nr][nc]:
                r, c = nr, nc
                break
            d = (d + 1) % 4
    return out


def numbered(m, n):
    return [[r * n + c + 1 for c in range(n)] for r in range(m)]


def random_grid(m, n, high):
    return [[rnd.randint(-high, high) for _ in range(n)] for _ in range(m)]


visible = [numbered(3, 3), numbered(3, 4), [[3], [1], [4]]]
hidden = [
    [[42]],
    [[1, 2, 3, 4, 5]],
    numbered(2, 2),
    numbered(2, 5),
    numbered(5, 2),
    numbered(4, 4),
    numbered(5, 3),
    numbered(3, 6),
    [[7, 7], [7, 7], [7, 7]],
    random_grid(7, 9, 10000),
    random_grid(1, 100, 10000),
    random_grid(100, 1, 10000),
    random_grid(51, 37, 99),
    random_grid(100, 100, 9),
]


def text(value, big):
    return json.dumps(value, separators=(",", ":") if big else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for grid in group:
        big = len(grid) * len(grid[0]) > 300
        out += [f"  - args: [{text(grid, big)}]", f"    expected: {text(by_walking(grid), big)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
