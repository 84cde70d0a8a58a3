"""Writes tests.yaml for skyline-largest-poster: hand-made cases, seeded random ones and one large
one. Expected values come from methods independent of the stack reference: every range with a
running minimum (up to 2,000 columns), and, for every case, divide and conquer on the position of
the minimum (found with a sparse table), which is O(n log n). Where both apply they must agree."""
import json
import random
import sys
from pathlib import Path

rnd = random.Random(1848)
sys.setrecursionlimit(10000)


def by_ranges(h):
    best = 0
    for l in range(len(h)):
        low = h[l]
        for r in range(l, len(h)):
            low = min(low, h[r])
            best = max(best, low * (r - l + 1))
    return best


def by_divide(h):
    n = len(h)
    table = [list(range(n))]
    step = 1
    while 2 * step <= n:
        prev = table[-1]
        table.append([prev[i] if h[prev[i]] <= h[prev[i + step]] else prev[i + step] for i in range(len(prev) - step)])
        step *= 2

    def argmin(l, r):  # inclusive
        k = (r - l + 1).bit_length() - 1
        a, b = table[k][l], table[k][r - (1 << k) + 1]
        return a if h[a] <= h[b] else b

    best = 0
    work = [(0, n - 1)]
    while work:
        l, r = work.pop()
        if l > r:
            continue
        m = argmin(l, r)
        best = max(best, h[m] * (r - l + 1))  # the best poster using column m spans all of [l, r]
        work += [(l, m - 1), (m + 1, r)]
    return best


def expected(h):
    answer = by_divide(h)
    if len(h) <= 2000:
        assert by_ranges(h) == answer
    return answer


visible = [[3, 1, 4, 5, 2, 4], [2, 2, 2], [0, 7, 0]]
hidden = [
    [0],
    [9],
    [1, 2, 3, 4, 5],
    [5, 4, 3, 2, 1],
    [4, 4, 1, 4, 4, 4],
    [1000000000] * 5,
    [1000000000, 999999999, 1000000000, 1],
    [2, 1, 2, 3, 1, 3, 3, 2],
    [rnd.randint(0, 6) for _ in range(25)],
    [rnd.randint(0, 1000) for _ in range(500)],
    [rnd.randint(0, 10**9) for _ in range(2000)],
    [1000000000 - rnd.randint(0, 10**6) for _ in range(2000)],
]
# Large: 20,000 columns shaped like a slow hill with noise, so the best poster is wide and trying
# every range costs about 2e8 steps.
big = [min(i, 20000 - i) // 2 + rnd.randint(0, 999) for i in range(20000)]
hidden.append(big)


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for h in group:
        lines += [f"  - args: {emit([h])}", f"    expected: {expected(h)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
