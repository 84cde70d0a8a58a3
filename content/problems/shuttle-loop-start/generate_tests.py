"""Writes tests.yaml for shuttle-loop-start. Expected values come from prefix sums: with
P_k = sum_{j<k} (charge_j - drain_j) and a lap total >= 0, the first index m attaining the minimum
of P_0..P_{n-1} is a valid start (every later prefix is >= P_m, and the wrapped part adds the
non-negative total), while any s < m fails on reaching m since P_m < P_s. So the answer is m, or
-1 for a negative total. This is independent of the reset-on-deficit reference. For n <= 300 every start is also
simulated lap by lap."""
import json
import random
from pathlib import Path

rnd = random.Random(31337)


def by_prefix(charge, drain):
    n = len(charge)
    prefix = [0]
    for i in range(n):
        prefix.append(prefix[-1] + charge[i] - drain[i])
    if prefix[n] < 0:
        return -1
    low = min(prefix[:n])
    return prefix.index(low)


def by_simulation(charge, drain):
    n = len(charge)
    for s in range(n):
        tank, ok = 0, True
        for t in range(n):
            i = (s + t) % n
            tank += charge[i] - drain[i]
            if tank < 0:
                ok = False
                break
        if ok:
            return s
    return -1


def expected(charge, drain):
    value = by_prefix(charge, drain)
    if len(charge) <= 300:
        assert by_simulation(charge, drain) == value, (charge, drain)
    return value


def random_case(n, high, bias):
    charge = [rnd.randint(0, high) for _ in range(n)]
    drain = [max(0, min(10**4, c + rnd.randint(-high // 2, high // 2) + bias)) for c in charge]
    return charge, drain


visible = [([1, 5, 2, 6], [3, 4, 4, 3]), ([2, 2, 2], [3, 2, 2]), ([4, 4], [4, 4])]
hidden = [
    ([0], [0]),
    ([5], [6]),
    ([7], [2]),
    ([0, 3], [2, 1]),
    ([3, 0], [1, 2]),
    ([1, 1, 1, 10], [2, 2, 2, 4]),
    ([10000, 0, 0, 0], [0, 10000, 0, 0]),
    ([0, 0, 0, 5], [1, 1, 1, 2]),
    ([2, 3, 4], [3, 4, 3]),
    random_case(12, 10, -1),
    random_case(60, 100, -6),
    random_case(300, 1000, 1),
    random_case(300, 1000, -3),
]
# Large: 20,000 depots, charge equal to drain except one deficit just before the last depot, so
# the only good start is the last depot and a lap simulated from almost any other start runs
# nearly to the end before failing: O(n^2) work for the naive approach.
n = 20000
charge = [rnd.randint(0, 99) for _ in range(n)]
drain = charge[:]
drain[n - 2] += 1
charge[n - 1] += 1
hidden.append((charge, drain))


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for charge, drain in group:
        out += [f"  - args: [{text(charge)}, {text(drain)}]", f"    expected: {expected(charge, drain)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
