"""Writes tests.yaml for cubesat-payload. Expected values come from the dual DP "least mass that
reaches exactly this science total" (then the largest total whose least mass fits), independent
of the by-capacity reference; for n <= 14 every subset is also enumerated. Science values in the
large tests are kept small enough for the dual table."""
import json
import random
from pathlib import Path

rnd = random.Random(4242)


def by_value_table(mass, science, capacity):
    total = sum(science)
    inf = float("inf")
    least = [0] + [inf] * total  # least[v]: least mass with science exactly v
    for w, v in zip(mass, science):
        for s in range(total, v - 1, -1):
            if least[s - v] + w < least[s]:
                least[s] = least[s - v] + w
    return max(s for s in range(total + 1) if least[s] <= capacity)


def by_subsets(mass, science, capacity):
    n = len(mass)
    best = 0
    for bits in range(1 << n):
        w = sum(mass[i] for i in range(n) if bits >> i & 1)
        if w <= capacity:
            best = max(best, sum(science[i] for i in range(n) if bits >> i & 1))
    return best


def expected(mass, science, capacity):
    if len(mass) <= 14:
        value = by_subsets(mass, science, capacity)
        if sum(science) <= 200000:
            assert by_value_table(mass, science, capacity) == value
        return value
    return by_value_table(mass, science, capacity)


def random_case(n, max_mass, max_science, capacity):
    return [rnd.randint(1, max_mass) for _ in range(n)], [rnd.randint(0, max_science) for _ in range(n)], capacity


visible = [([3, 4, 5, 9], [40, 50, 65, 100], 12), ([6, 7], [10, 12], 5), ([2, 1, 3], [5, 0, 6], 6)]
hidden = [
    ([], [], 10),
    ([5], [9], 0),
    ([5], [9], 5),
    ([1], [1000000], 10000),
    ([1, 2, 3], [10, 15, 40], 6),
    ([1, 3, 4], [15, 20, 30], 4),  # an instrument reused would score 60
    ([4, 4, 4, 4], [7, 7, 7, 7], 15),
    ([6, 5, 5], [9, 7, 7], 10),
    ([10000] * 3, [10**6, 10**6 - 1, 10**6 - 2], 10000),
    random_case(10, 20, 50, 37),
    random_case(14, 1000, 10**6, 3000),
    random_case(40, 300, 100, 2500),
    # Large: 100 instruments and capacity 10,000; all 2^100 subsets are out of reach.
    random_case(100, 400, 1000, 10000),
    random_case(100, 5000, 1000, 9999),
]

out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for mass, science, capacity in group:
        out += [f"  - args: [{json.dumps(mass)}, {json.dumps(science)}, {capacity}]",
                f"    expected: {expected(mass, science, capacity)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
