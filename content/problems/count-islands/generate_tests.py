"""Writes tests.yaml for count-islands: hand-made grids, seeded random ones and three 400 x 400
grids (two long snakes and a checkerboard). Expected values come from union-find over the cells
(joining each land cell with its right and lower land neighbours), independent of the search in
the reference solutions. The large grids repeat only a few distinct rows, so each distinct row is
written once with a YAML anchor (&name) and repeated with an alias (*name); this keeps the file small."""
import random
from pathlib import Path

rnd = random.Random(404)


def expected(grid):
    rows, cols = len(grid), len(grid[0])
    parent = list(range(rows * cols))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                if c + 1 < cols and grid[r][c + 1] == 1:
                    parent[find(r * cols + c)] = find(r * cols + c + 1)
                if r + 1 < rows and grid[r + 1][c] == 1:
                    parent[find(r * cols + c)] = find((r + 1) * cols + c)
    return len({find(r * cols + c) for r in range(rows) for c in range(cols) if grid[r][c] == 1})


def random_grid(rows, cols, p):
    return [[1 if rnd.random() < p else 0 for _ in range(cols)] for _ in range(rows)]


def row_snake(n):
    """Full rows of land joined at alternate ends: one island of about n * n / 2 cells in a single path."""
    grid = []
    for r in range(n):
        if r % 2 == 0:
            grid.append([1] * n)
        else:
            grid.append([1 if c == (n - 1 if r % 4 == 1 else 0) else 0 for c in range(n)])
    return grid


def column_snake(n):
    return [list(col) for col in zip(*row_snake(n))]


def checkerboard(rows, cols):
    return [[(r + c + 1) % 2 for c in range(cols)] for r in range(rows)]


def write_grid(grid, name):
    if len(grid) * len(grid[0]) < 5000:
        return str(grid)
    labels, parts = {}, []
    for row in grid:
        key = tuple(row)
        if key in labels:
            parts.append("*" + labels[key])
        else:
            labels[key] = f"{name}r{len(labels)}"
            parts.append(f"&{labels[key]} [" + ",".join(map(str, row)) + "]")
    assert len(labels) <= 10
    return "[" + ", ".join(parts) + "]"


visible = [
    [[1, 1, 0, 0, 0],
     [1, 1, 0, 0, 1],
     [0, 0, 0, 1, 1],
     [0, 1, 0, 0, 0]],
    [[1, 0, 1, 1, 0, 1]],
    [[1, 0],
     [0, 1]],
]
hidden = [
    [[0]],
    [[1]],
    [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
    [[1] * 5 for _ in range(5)],
    checkerboard(7, 9),
    [[1, 1, 1, 1, 1],
     [1, 0, 0, 0, 1],
     [1, 0, 1, 0, 1],
     [1, 0, 0, 0, 1],
     [1, 1, 1, 1, 1]],  # a ring round a lagoon with an islet in it
    [[1], [1], [0], [1]],
    random_grid(10, 10, 0.5),
    random_grid(30, 40, 0.45),
    random_grid(60, 60, 0.6),
]
# A 400 x 400 snake: one island of 80,200 cells that a depth-first search follows to a depth of
# about 80,000, far past Python's default recursion limit of 1,000.
hidden.append(row_snake(400))
# The same snake turned on its side, with one cell of it flooded: two long islands.
cut = column_snake(400)
cut[200][200] = 0
hidden.append(cut)
# 80,000 one-cell islands.
hidden.append(checkerboard(400, 400))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for i, grid in enumerate(group):
        lines += [f"  - args: [{write_grid(grid, f'{name[0]}{i}')}]", f"    expected: {expected(grid)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
