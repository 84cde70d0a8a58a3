"""Writes tests.yaml for mower-routes. Expected values come from a memoised count of routes from
each cell to the finish (working backwards, in exact big integers, reduced modulo 1e9+7 only at
the end), independent of the forward rolling-row reference. Fields with at most 7 x 7 cells are
also checked by walking every route explicitly."""
import json
import random
import sys
from functools import lru_cache
from pathlib import Path

MOD = 1_000_000_007
rnd = random.Random(303)
sys.setrecursionlimit(10000)


def by_backward(field):
    m, n = len(field), len(field[0])
    count = [[0] * (n + 1) for _ in range(m + 1)]  # routes from (r, c) to the finish
    for r in range(m - 1, -1, -1):
        for c in range(n - 1, -1, -1):
            if field[r][c] == 1:
                count[r][c] = 0
            elif r == m - 1 and c == n - 1:
                count[r][c] = 1
            else:
                count[r][c] = count[r + 1][c] + count[r][c + 1]
    return count[0][0] % MOD


def by_walking(field):
    m, n = len(field), len(field[0])

    def walk(r, c):
        if r >= m or c >= n or field[r][c] == 1:
            return 0
        if (r, c) == (m - 1, n - 1):
            return 1
        return walk(r + 1, c) + walk(r, c + 1)

    return walk(0, 0) % MOD


def expected(field):
    value = by_backward(field)
    if len(field) * len(field[0]) <= 49:
        assert by_walking(field) == value, field
    return value


def random_field(m, n, density):
    field = [[1 if rnd.random() < density else 0 for _ in range(n)] for _ in range(m)]
    field[0][0] = field[-1][-1] = 0
    return field


visible = [
    [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    [[0, 0, 1, 0], [0, 0, 0, 0]],
    [[0, 1], [1, 0]],
]
hidden = [
    [[0]],
    [[1]],
    [[0, 0, 0, 0, 0]],
    [[0], [0], [1], [0]],
    [[0, 0], [0, 1]],
    [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
    [[0, 0, 0], [1, 0, 0], [0, 0, 0], [0, 0, 0]],
    [[0] * 7 for _ in range(7)],
    random_field(6, 7, 0.2),
    random_field(30, 40, 0.1),
    [[0] * 34 for _ in range(34)],  # C(66, 33) routes: the modulo matters
    [[0] * 200],
    # Large: an open 200 x 200 field and a 150 x 150 field with sparse trees.
    [[0] * 200 for _ in range(200)],
    random_field(150, 150, 0.05),
]


def text(field):
    compact = len(field) * len(field[0]) > 300
    return json.dumps(field, separators=(",", ":") if compact else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for field in group:
        out += [f"  - args: [{text(field)}]", f"    expected: {expected(field)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
