"""Writes tests.yaml for barge-capacity: hand-made cases, seeded random ones and large ones.
Expected values come from a method independent of the binary-search reference: dynamic
programming over prefixes for small cases (the least possible maximum trip weight when the line
is cut into at most `days` consecutive trips, which is exactly the answer), and, for every case,
an upward scan over the candidate capacities that can be optimal: the weights of contiguous
runs of crates, tried in increasing order with the greedy day count (only for moderate sizes),
or a bisection on the greedy count written separately (for large ones). Where several apply they
must agree."""
import json
import random
from pathlib import Path

rnd = random.Random(14)


def greedy_days(crates, cap):
    days, load = 1, 0
    for w in crates:
        if w > cap:
            return float("inf")
        if load + w > cap:
            days, load = days + 1, 0
        load += w
    return days


def by_dp(crates, days):
    n = len(crates)
    prefix = [0]
    for w in crates:
        prefix.append(prefix[-1] + w)
    inf = float("inf")
    best = [0] + [inf] * n  # best[i]: least max trip weight for the first i crates, trips so far
    for _ in range(days):
        nxt = [0] + [inf] * n
        for i in range(1, n + 1):
            nxt[i] = min(max(best[j], prefix[i] - prefix[j]) for j in range(i))
        best = nxt
    return best[n]


def by_run_weights(crates, days):
    n = len(crates)
    candidates = sorted({sum(crates[i:j]) for i in range(n) for j in range(i + 1, n + 1)})
    for cap in candidates:
        if greedy_days(crates, cap) <= days:
            return cap


def by_bisection(crates, days):
    lo, hi = 1, sum(crates)
    while lo < hi:
        mid = (lo + hi) // 2
        if greedy_days(crates, mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo


def expected(crates, days):
    answer = by_bisection(crates, days)
    if len(crates) <= 60:
        assert by_run_weights(crates, days) == answer
    if len(crates) <= 25:
        assert by_dp(crates, days) == answer
    return answer


visible = [([4, 8, 2, 6, 5, 3, 7], 3), ([9, 1, 1, 9, 1, 1], 2), ([3, 3, 3], 3)]
hidden = [
    ([5], 1),
    ([2, 9, 4], 3),
    ([1000000000], 1),
    ([1, 1, 1, 1], 1),
    ([1, 1, 1, 1], 4),
    ([7, 2, 5, 10, 8], 2),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5),
    ([10, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2),
    ([1000000000] * 8, 3),
    ([rnd.randint(1, 9) for _ in range(20)], 4),
    ([rnd.randint(1, 100) for _ in range(25)], 6),
    ([rnd.randint(1, 10**9) for _ in range(60)], 7),
    ([rnd.randint(1, 1000) for _ in range(2000)], 37),
]
# Large: many light crates and few days, so the answer (about total / days) is far above the
# heaviest crate; scanning capacities upward from the heaviest crate would take billions of steps.
hidden.append(([rnd.randint(1, 10**9) for _ in range(6000)], 3))
hidden.append(([rnd.randint(1, 9999) for _ in range(15000)], 11))


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for crates, days in group:
        lines += [f"  - args: {emit([crates, days])}", f"    expected: {expected(crates, days)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
