"""Writes tests.yaml for merge-intervals: hand-made cases, seeded random ones and one large one.
Expected values come from two methods independent of the sort-and-sweep reference: joining every
pair of intervals that share a point (union-find over all pairs), and, where coordinates are
small, marking the covered points on a line of doubled coordinates (doubling keeps [1, 2] and
[3, 4] apart, since the half-point 2.5 between them is uncovered). Where both apply they must agree."""
import random
from pathlib import Path

rnd = random.Random(31)


def by_pairs(intervals):
    n = len(intervals)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(n):
        for j in range(i + 1, n):
            (a, b), (c, d) = intervals[i], intervals[j]
            if a <= d and c <= b:  # closed intervals share a point
                parent[find(i)] = find(j)
    groups = {}
    for i, (a, b) in enumerate(intervals):
        r = find(i)
        lo, hi = groups.get(r, (a, b))
        groups[r] = (min(lo, a), max(hi, b))
    return sorted([lo, hi] for lo, hi in groups.values())


def by_coverage(intervals):
    if not intervals:
        return []
    low = min(a for a, _ in intervals)
    high = max(b for _, b in intervals)
    size = 2 * (high - low) + 2
    delta = [0] * (size + 1)
    for a, b in intervals:
        delta[2 * (a - low)] += 1
        delta[2 * (b - low) + 1] -= 1
    out, depth, start = [], 0, None
    for x in range(size):
        depth += delta[x]
        if depth > 0 and start is None:
            start = x
        elif depth == 0 and start is not None:
            out.append([start // 2 + low, (x - 1) // 2 + low])
            start = None
    return out


def expected(intervals):
    answers = []
    if len(intervals) <= 2500:
        answers.append(by_pairs(intervals))
    if not intervals or max(b for _, b in intervals) - min(a for a, _ in intervals) <= 10**6:
        answers.append(by_coverage(intervals))
    assert answers and all(x == answers[0] for x in answers), intervals
    return answers[0]


def random_case(n, low, high, max_len):
    out = []
    for _ in range(n):
        a = rnd.randint(low, high - max_len)
        out.append([a, a + rnd.randint(0, max_len)])
    return out


visible = [
    [[1, 3], [8, 10], [2, 6], [15, 18]],
    [[4, 7], [1, 4], [9, 9]],
    [[1, 2], [3, 4]],
]
hidden = [
    [],
    [[0, 0]],
    [[-5, -1], [3, 3], [-3, 2]],
    [[1, 10], [2, 3], [4, 5]],
    [[2, 4], [2, 4], [2, 4]],
    [[1, 4], [1, 2], [1, 9], [0, 0]],
    [[5, 6], [4, 5], [3, 4], [2, 3], [1, 2]],
    [[0, 1000000000], [-1000000000, 0], [-1000000000, -1000000000]],
    random_case(12, -20, 20, 3),
    random_case(40, -100, 100, 6),
    random_case(300, -10**6, 10**6, 20000),
    random_case(200, -10**9, 10**9, 2 * 10**7),
]
# Large: 10,000 intervals on [0, 100000]. First come 9,500 pairwise disjoint short ones (one in
# each of 9,500 random slots of width 10), then 500 long "bridges" that join runs of them, so the
# answer has only a few hundred stretches. Re-scanning the stretches merged so far for every new
# interval takes about 9,500^2 / 2 steps: too slow for the time limit.
slots = rnd.sample(range(10000), 9500)
short = []
for slot in slots:
    a = 10 * slot + rnd.randint(0, 4)
    short.append([a, a + rnd.randint(0, 4)])
bridges = []
for _ in range(500):
    a = rnd.randint(0, 97000)
    bridges.append([a, a + rnd.randint(100, 3000)])
hidden.append(short + bridges)

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for intervals in group:
        text = str(intervals) if len(intervals) <= 300 else str(intervals).replace(" ", "")
        answer = expected(intervals)
        answer_text = str(answer) if len(answer) <= 300 else str(answer).replace(" ", "")
        lines += [f"  - args: [{text}]", f"    expected: {answer_text}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
