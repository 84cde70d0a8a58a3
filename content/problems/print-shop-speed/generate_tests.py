"""Writes tests.yaml for print-shop-speed: hand-made cases, seeded random ones and large ones.
Expected values come from methods independent of the binary-search reference: trying speeds
1, 2, 3, ... upward (when the answer is small), and, for every case, an exponential search for a
feasible speed (1, 2, 4, ...) followed by a bisection between the last failing and the first
feasible speed, with T(s) evaluated directly. Where both apply they must agree."""
import json
import random
from pathlib import Path

rnd = random.Random(5)


def total_hours(jobs, s):
    return sum(-(-p // s) for p in jobs)


def by_upward(jobs, hours):
    s = 1
    while total_hours(jobs, s) > hours:
        s += 1
    return s


def by_bisect_written_differently(jobs, hours):
    # Exponential search for a feasible speed, then bisection between the last failure and it.
    bad, good = 0, 1
    while total_hours(jobs, good) > hours:
        bad, good = good, good * 2
    while good - bad > 1:
        mid = (bad + good) // 2
        if total_hours(jobs, mid) <= hours:
            good = mid
        else:
            bad = mid
    return good


def expected(jobs, hours):
    answer = by_bisect_written_differently(jobs, hours)
    if answer <= 3000 and len(jobs) <= 200:
        assert by_upward(jobs, hours) == answer
    return answer


def case(jobs, slack):
    # hours between n and the hours needed at speed 1.
    n, full = len(jobs), sum(jobs)
    return jobs, n + int((full - n) * slack)


visible = [([7, 15, 4, 10], 8), ([30, 11, 23, 4, 20], 5), ([1000000000], 1000000000)]
hidden = [
    ([1], 1),
    ([1], 100000000000000),
    ([5, 5, 5], 3),
    ([5, 5, 5], 6),
    ([5, 5, 5], 15),
    ([1000000000] * 4, 4),
    ([1000000000] * 4, 5),
    ([1000000000, 1], 100000000000000),
    ([9, 1, 1, 1], 5),
    case([rnd.randint(1, 20) for _ in range(10)], 0.3),
    case([rnd.randint(1, 1000) for _ in range(100)], 0.05),
    case([rnd.randint(1, 10**9) for _ in range(200)], 0.0),
]
# Large: big jobs and a tight deadline, so the answer is in the hundreds of millions and trying
# speeds one by one would never finish.
hidden.append(case([rnd.randint(1, 10**9) for _ in range(8000)], 0.0000001))
hidden.append(case([rnd.randint(10**8, 10**9) for _ in range(5000)], 0.0))


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for jobs, hours in group:
        lines += [f"  - args: {emit([jobs, hours])}", f"    expected: {expected(jobs, hours)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
