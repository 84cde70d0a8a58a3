"""Writes tests.yaml for widest-banner: hand-made cases, seeded random ones and one large one.
Expected values come from methods independent of the two-pointer reference: every pair of poles
(up to 3,000 poles), and, for every case, a scan by height: for each pole, its best partner of at
least its height is the farthest such pole on either side, found from prefix/suffix lists of
"record" poles. Where both apply they must agree."""
import bisect
import json
import random
from pathlib import Path

rnd = random.Random(919)


def by_pairs(h):
    n = len(h)
    return max((j - i) * min(h[i], h[j]) for i in range(n) for j in range(i + 1, n))


def by_records(h):
    # For pole i as the shorter end, the best partner j is the farthest pole with h[j] >= h[i].
    # The farthest such pole to the left is the first index whose prefix maximum reaches h[i].
    n = len(h)
    pre, best = [], -1
    for x in h:
        best = max(best, x)
        pre.append(best)  # non-decreasing
    suf, best = [0] * n, -1
    for k in range(n - 1, -1, -1):
        best = max(best, h[k])
        suf[k] = best  # non-increasing in k
    rev_suf = suf[::-1]  # non-decreasing
    answer = 0
    for i, x in enumerate(h):
        left = bisect.bisect_left(pre, x)  # first index with prefix max >= x (<= i)
        right = n - 1 - bisect.bisect_left(rev_suf, x)  # last index with suffix max >= x (>= i)
        answer = max(answer, (i - left) * x, (right - i) * x)
    return answer


def expected(h):
    answer = by_records(h)
    if len(h) <= 3000:
        assert by_pairs(h) == answer, h
    return answer


visible = [[2, 7, 3, 9, 4, 6, 1], [5, 5], [0, 8, 0]]
hidden = [
    [0, 0],
    [1000000000, 1000000000],
    [7, 1],
    [1, 2, 3, 4, 5, 6, 7, 8],
    [8, 7, 6, 5, 4, 3, 2, 1],
    [3, 9, 9, 3],
    [1, 1000, 1000, 1, 1, 1, 1, 1, 1, 1],
    [rnd.randint(0, 10) for _ in range(15)],
    [rnd.randint(0, 1000) for _ in range(300)],
    [rnd.randint(0, 10**9) for _ in range(2000)],
    [10**9 - rnd.randint(0, 10) for _ in range(3000)],
]
# Large: 20,000 poles, so trying every pair is 2e8 area computations. Tall poles sit near the
# middle so the best pair is not simply the two ends.
big = [rnd.randint(0, 5000) + (9000 if 9000 <= i <= 11000 and rnd.random() < 0.01 else 0) for i in range(20000)]
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
