"""Writes tests.yaml for rising-tasting-notes. Expected values come from a Fenwick tree over
coordinate-compressed scores (the best length ending below each score, queried as a prefix
maximum), independent of the bisect-on-tails reference; for n <= 2000 the O(n^2) DP confirms it."""
import json
import random
from pathlib import Path

rnd = random.Random(8)


def by_fenwick(scores):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(scores)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    best = 0
    for s in scores:
        r = ranks[s]
        i, here = r - 1, 0  # prefix max over strictly smaller scores
        while i > 0:
            here = max(here, tree[i])
            i -= i & -i
        here += 1
        best = max(best, here)
        i = r
        while i <= size:
            tree[i] = max(tree[i], here)
            i += i & -i
    return best


def by_quadratic(scores):
    length = [1] * len(scores)
    for j in range(len(scores)):
        for i in range(j):
            if scores[i] < scores[j]:
                length[j] = max(length[j], length[i] + 1)
    return max(length, default=0)


def expected(scores):
    value = by_fenwick(scores)
    if len(scores) <= 2000:
        assert by_quadratic(scores) == value
    return value


visible = [[12, 5, 8, 3, 9, 10, 4, 11], [7, 7, 7, 7], [-3, 40, -1, 0, 40, 2]]
hidden = [
    [],
    [42],
    [5, 4, 3, 2, 1],
    [1, 2, 2, 3, 3, 4],
    [-1000000000, 1000000000, 0, 999999999],
    [3, 1, 2, 1, 2, 3, 1, 2, 3, 4],
    list(range(50)),
    [rnd.randint(-5, 5) for _ in range(30)],
    [rnd.randint(-10**9, 10**9) for _ in range(200)],
    [rnd.randint(0, 30) for _ in range(2000)],
    # Large: 25,000 scores, a noisy upward trend with many repeats; the O(n^2) DP is too slow.
    [i // 4 + rnd.randint(0, 3000) for i in range(25000)],
]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for scores in group:
        out += [f"  - args: [{text(scores)}]", f"    expected: {expected(scores)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
