"""Writes tests.yaml for barcode-repair-cost. Expected values come from Dijkstra's shortest path
on the alignment graph (node (i, j) = i letters of scanned and j letters of reference consumed;
edges for delete, insert and keep/replace), independent of the row-by-row DP in the references.
For codes of total length <= 12 an exhaustive recursion over keystroke choices confirms it."""
import heapq
import random
import string
from functools import lru_cache
from pathlib import Path

rnd = random.Random(1701)


def by_dijkstra(a, b, ins, dele, rep):
    n, m = len(a), len(b)
    dist = {(0, 0): 0}
    heap = [(0, 0, 0)]
    while heap:
        d, i, j = heapq.heappop(heap)
        if (i, j) == (n, m):
            return d
        if d > dist[(i, j)]:
            continue
        steps = []
        if i < n:
            steps.append((i + 1, j, dele))
        if j < m:
            steps.append((i, j + 1, ins))
        if i < n and j < m:
            steps.append((i + 1, j + 1, 0 if a[i] == b[j] else rep))
        for x, y, w in steps:
            if d + w < dist.get((x, y), float("inf")):
                dist[(x, y)] = d + w
                heapq.heappush(heap, (d + w, x, y))
    raise AssertionError


def by_recursion(a, b, ins, dele, rep):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a):
            return (len(b) - j) * ins
        if j == len(b):
            return (len(a) - i) * dele
        return min(go(i + 1, j) + dele, go(i, j + 1) + ins, go(i + 1, j + 1) + (0 if a[i] == b[j] else rep))

    return go(0, 0)


def expected(a, b, ins, dele, rep):
    value = by_dijkstra(a, b, ins, dele, rep)
    if len(a) + len(b) <= 12:
        assert by_recursion(a, b, ins, dele, rep) == value
    return value


def word(n, letters="ACGT"):
    return "".join(rnd.choice(letters) for _ in range(n))


def mutate(s, edits, letters="ACGT"):
    s = list(s)
    for _ in range(edits):
        op = rnd.randrange(3)
        k = rnd.randrange(len(s) + 1)
        if op == 0:
            s.insert(k, rnd.choice(letters))
        elif s and op == 1:
            s.pop(min(k, len(s) - 1))
        elif s:
            s[min(k, len(s) - 1)] = rnd.choice(letters)
    return "".join(s)


visible = [("CRATE", "TRACE", 3, 3, 1), ("CRATE", "TRACE", 1, 1, 5), ("KAYAK", "YAK", 5, 1, 1)]
hidden = [
    ("", "", 4, 5, 6),
    ("BOX", "", 7, 2, 9),
    ("", "LID", 7, 2, 9),
    ("TAPE", "TAPE", 1, 1, 1),
    ("A", "B", 1, 1, 1000),
    ("A", "B", 1000, 1000, 1),
    ("ABC", "CAB", 2, 2, 3),
    ("SHIPMENT", "SHIPMINT", 1000, 1000, 1000),
    ("YAK", "KAYAK", 1, 5, 1),
    (word(6), word(6), 2, 7, 3),
    (word(40, string.ascii_uppercase), word(35, string.ascii_uppercase), 3, 4, 6),
]
base = word(300)
hidden.append((base, mutate(base, 60), 4, 9, 5))
# Large: two related codes of about 800 letters with unequal prices.
base = word(800, "ACGTN")
hidden.append((mutate(base, 120, "ACGTN"), mutate(base, 120, "ACGTN"), 7, 3, 5))
hidden.append((word(800, string.ascii_uppercase), word(780, string.ascii_uppercase), 1000, 999, 998))

out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for a, b, ins, dele, rep in group:
        out += [f'  - args: ["{a}", "{b}", {ins}, {dele}, {rep}]', f"    expected: {expected(a, b, ins, dele, rep)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
