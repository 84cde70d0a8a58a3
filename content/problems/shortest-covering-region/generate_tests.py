"""Writes tests.yaml for shortest-covering-region. Expected values come from "painting": regions
are taken from shortest to longest, and each one assigns its length to every still-unanswered
distinct query position inside it; a union-find "next unanswered position" pointer makes every
position painted once. This is independent of the sweep-with-heap reference. For small inputs
every region is also tested against every position."""
import json
import random
from bisect import bisect_left
from pathlib import Path

rnd = random.Random(8086)


def by_painting(regions, positions):
    values = sorted(set(positions))
    m = len(values)
    nxt = list(range(m + 1))  # nxt[i]: first unanswered index >= i (m = none)

    def find(i):
        while nxt[i] != i:
            nxt[i] = nxt[nxt[i]]
            i = nxt[i]
        return i

    best = {}
    for l, r in sorted(regions, key=lambda g: g[1] - g[0]):
        i = find(bisect_left(values, l))
        while i < m and values[i] <= r:
            best[values[i]] = r - l + 1
            nxt[i] = i + 1
            i = find(i + 1)
    return [best.get(p, -1) for p in positions]


def by_scanning(regions, positions):
    return [min([r - l + 1 for l, r in regions if l <= p <= r], default=-1) for p in positions]


def expected(regions, positions):
    value = by_painting(regions, positions)
    if len(regions) * len(positions) <= 200000:
        assert by_scanning(regions, positions) == value
    return value


def random_regions(n, low, high, max_len):
    out = []
    for _ in range(n):
        l = rnd.randint(low, high)
        out.append([l, min(high, l + rnd.randint(0, max_len))])
    return out


visible = [
    ([[2, 9], [4, 6], [5, 14], [20, 20]], [5, 3, 10, 20, 17]),
    ([[1, 4], [4, 7]], [4, 4, 8]),
    ([], [1]),
]
hidden = [
    ([[3, 3]], []),
    ([[3, 3]], [2, 3, 4]),
    ([[1, 1000000000]], [1, 1000000000, 500000000]),
    ([[5, 10], [5, 10], [6, 10]], [5, 6, 10, 11]),
    ([[1, 100], [40, 60], [45, 55], [50, 50]], [50, 45, 39, 61, 100, 101, 55]),
    ([[10, 20], [1, 5]], [7, 4, 15, 21, 1]),
    ([[8, 9], [1, 2], [5, 6]], [9, 8, 7, 6, 5, 4, 3, 2, 1]),
    (random_regions(10, 1, 40, 10), [rnd.randint(1, 45) for _ in range(15)]),
    (random_regions(100, 1, 1000, 100), [rnd.randint(1, 1000) for _ in range(100)]),
    (random_regions(300, 1, 10**9, 10**8), [rnd.randint(1, 10**9) for _ in range(300)]),
    (random_regions(500, 1, 5000, 50), [rnd.randint(1, 5000) for _ in range(400)]),
    # Large: 10,000 regions and 10,000 positions (four-digit coordinates keep the file small);
    # comparing every region with every position is 1e8 checks.
    (random_regions(10000, 1, 9999, 400), [rnd.randint(1, 9999) for _ in range(10000)]),
]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for regions, positions in group:
        out += [f"  - args: [{text(regions)}, {text(positions)}]", f"    expected: {text(expected(regions, positions))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
