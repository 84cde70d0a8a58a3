"""Writes tests.yaml for plaza-sentries. Expected counts come from a column-by-column search that
keeps the used rows and diagonals as bitmasks (it places one sentry per column, not per row as
the references do); for n <= 8 they are confirmed by checking every permutation directly. The
empty-plaza counts for n = 1..10 are also checked against the known values
1, 0, 0, 2, 10, 4, 40, 92, 352, 724."""
import itertools
import random
from pathlib import Path

rnd = random.Random(808)


def by_columns(plaza):
    n = len(plaza)
    free = [[plaza[r][c] == "." for r in range(n)] for c in range(n)]  # free[c][r]

    def go(c, rows, d1, d2):
        if c == n:
            return 1
        total = 0
        for r in range(n):
            if not free[c][r] or rows >> r & 1 or d1 >> (r - c + n) & 1 or d2 >> (r + c) & 1:
                continue
            total += go(c + 1, rows | 1 << r, d1 | 1 << (r - c + n), d2 | 1 << (r + c))
        return total

    return go(0, 0, 0, 0)


def by_permutations(plaza):
    n = len(plaza)
    count = 0
    for perm in itertools.permutations(range(n)):
        if any(plaza[r][perm[r]] == "#" for r in range(n)):
            continue
        if len({r - perm[r] for r in range(n)}) == n and len({r + perm[r] for r in range(n)}) == n:
            count += 1
    return count


def expected(plaza):
    value = by_columns(plaza)
    if len(plaza) <= 8:
        assert by_permutations(plaza) == value
    return value


known = [1, 0, 0, 2, 10, 4, 40, 92, 352, 724]
for n in range(1, 11):
    assert by_columns(["." * n] * n) == known[n - 1]


def rubble(n, p):
    return ["".join("#" if rnd.random() < p else "." for _ in range(n)) for _ in range(n)]


visible = [["...."] * 4, ["....", "#...", "....", "...."], [".."] * 2]
hidden = [
    ["."],
    ["#"],
    ["..."] * 3,
    ["....."] * 5,
    [".....", ".....", "#####", ".....", "....."],   # a full row of rubble
    rubble(6, 0.2),
    rubble(7, 0.15),
    ["........"] * 8,
    rubble(8, 0.1),
    ["." * 9] * 9,
    ["." * 10] * 10,
    rubble(10, 0.05),
    rubble(10, 0.1),
    ["#" + "." * 9] + ["." * 10] * 8 + ["." * 9 + "#"],
]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for plaza in group:
        rows = ", ".join(f'"{row}"' for row in plaza)
        lines += [f"  - args: [[{rows}]]", f"    expected: {expected(plaza)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
