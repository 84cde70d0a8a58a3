"""Writes tests.yaml for window-peaks: hand-made cases, seeded random ones and one large one.
Expected values come from methods independent of the deque reference: the maximum of every block
by slicing (when n * k is small), and, for every case, a sparse table of maxima over power-of-two
lengths, which answers each block with two overlapping lookups. Where both apply they must agree."""
import json
import random
from pathlib import Path

rnd = random.Random(60)


def by_slices(r, k):
    return [max(r[i : i + k]) for i in range(len(r) - k + 1)]


def by_sparse_table(r, k):
    table = [r[:]]
    step = 1
    while 2 * step <= k:
        prev = table[-1]
        table.append([max(prev[i], prev[i + step]) for i in range(len(prev) - step)])
        step *= 2
    level = table[-1]  # maxima of blocks of length `step`, with step <= k < 2 * step
    return [max(level[i], level[i + k - step]) for i in range(len(r) - k + 1)]


def expected(r, k):
    answer = by_sparse_table(r, k)
    if len(r) * k <= 2 * 10**6:
        assert by_slices(r, k) == answer
    return answer


def trend(n, spread):
    # A random walk, so block maxima change gradually and also drop sharply sometimes.
    out, level = [], 0
    for _ in range(n):
        level += rnd.randint(-spread, spread)
        out.append(level)
    return out


visible = [([6, -2, 4, 3, 9, 1, 0, 5], 3), ([7, 7, 2], 1), ([-5, -8, -1], 3)]
hidden = [
    ([42], 1),
    ([3, 1], 2),
    ([1, 2, 3, 4, 5, 6], 2),
    ([6, 5, 4, 3, 2, 1], 4),
    ([4, 4, 4, 4, 4], 3),
    ([1000000000, -1000000000, -1000000000, 1000000000], 2),
    ([9, 1, 1, 1, 1, 1, 1, 1, 1, 1], 3),
    ([rnd.randint(-10, 10) for _ in range(25)], 4),
    ([rnd.randint(-10**9, 10**9) for _ in range(500)], 37),
    (trend(1500, 50), 100),
    (trend(1200, 1000), 1200),
    ([rnd.randint(0, 3) for _ in range(2000)], 7),
]
# Large: 40,000 readings in blocks of 20,000, so taking every block's maximum separately scans
# about 20,000 * 20,000 = 4e8 readings. Levels are single digits (a slow rise plus
# noise) to keep the file compact, and the block maxima still change along the way.
big = [min(9, (8 * i) // 40000 + rnd.randint(0, 1) * rnd.randint(0, 2)) for i in range(40000)]
hidden.append((big, 20000))


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for r, k in group:
        lines += [f"  - args: {emit([r, k])}", f"    expected: {emit(expected(r, k))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
