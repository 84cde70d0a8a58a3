"""Writes tests.yaml for book-maintenance-window. Expected values come from union-find over all
pairs of windows (the tidy list plus extra) that share a minute, then one window per group,
sorted; this is independent of the single-pass reference. Tidy inputs are generated as random
disjoint windows (adjacent ones allowed)."""
import json
import random
from pathlib import Path

rnd = random.Random(1234)


def by_pairs(windows, extra):
    items = [list(w) for w in windows] + [list(extra)]
    parent = list(range(len(items)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # extra is the only window that can overlap others, so only its pairs need checking,
    # but all pairs are checked for safety on small inputs.
    pairs = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))] if len(items) <= 400 else [(i, len(items) - 1) for i in range(len(items) - 1)]
    for i, j in pairs:
        (p, q), (r, s) = items[i], items[j]
        if p <= s and r <= q:
            parent[find(i)] = find(j)
    groups = {}
    for k, (p, q) in enumerate(items):
        root = find(k)
        lo, hi = groups.get(root, (p, q))
        groups[root] = (min(lo, p), max(hi, q))
    return sorted([lo, hi] for lo, hi in groups.values())


def tidy(n, low, high):
    points = sorted(rnd.sample(range(low, high), 2 * n))
    out = []
    for k in range(n):
        s, e = points[2 * k], points[2 * k + 1]
        if rnd.random() < 0.3:
            e = s  # single-minute window
        out.append([s, e])
    return out


def random_extra(low, high, width):
    a = rnd.randint(low, high)
    return [a, min(10**9, a + rnd.randint(0, width))]


visible = [([[1, 3], [6, 9]], [2, 5]), ([[1, 2], [4, 5], [7, 8], [10, 12], [15, 16]], [5, 10]), ([], [4, 4])]
hidden = [
    ([[1, 4], [9, 9]], [5, 8]),
    ([[5, 7]], [1, 2]),
    ([[5, 7]], [9, 12]),
    ([[5, 7]], [7, 7]),
    ([[5, 7]], [0, 5]),
    ([[3, 5], [8, 10]], [1, 20]),
    ([[0, 0], [2, 3]], [0, 0]),
    ([[1, 1], [3, 3], [5, 5]], [2, 2]),
    ([[0, 10**9 - 1]], [10**9, 10**9]),
    ([[0, 5], [10**9, 10**9]], [4, 10**9]),
    (tidy(8, 0, 60), random_extra(0, 60, 15)),
    (tidy(50, 0, 1000), random_extra(0, 1000, 200)),
    (tidy(300, 0, 10**9), random_extra(0, 10**9, 10**8)),
    (tidy(2000, 0, 10**6), random_extra(0, 10**6, 10**5)),
    (tidy(2000, 0, 10**6), [0, 10**6]),
]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for windows, extra in group:
        out += [f"  - args: [{text(windows)}, {json.dumps(extra)}]", f"    expected: {text(by_pairs(windows, extra))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
