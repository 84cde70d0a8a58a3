"""Writes tests.yaml for ring-of-sensors. Expected values come from a DP that walks the ring once
with four states (is sensor 0 on? is the current sensor on?), checked against enumerating every
subset for n <= 16. Both are independent of the "solve two straight lines" reference."""
import json
import random
from pathlib import Path

rnd = random.Random(77)
NEG = float("-inf")


def by_states(gain):
    n = len(gain)
    if n == 1:
        return gain[0]
    # state[f][c]: best total over sensors 0..i where f = sensor 0 on, c = sensor i on.
    state = [[0, NEG], [NEG, gain[0]]]
    for i in range(1, n):
        new = [[NEG, NEG], [NEG, NEG]]
        for f in (0, 1):
            new[f][0] = max(state[f][0], state[f][1])
            new[f][1] = state[f][0] + gain[i]
        state = new
    return max(state[0][0], state[0][1], state[1][0])  # not both sensor 0 and sensor n-1


def by_subsets(gain):
    n = len(gain)
    best = 0
    for mask in range(1 << n):
        ok = all(not (mask >> i & 1 and mask >> ((i + 1) % n) & 1) for i in range(n)) if n > 1 else True
        if ok:
            best = max(best, sum(gain[i] for i in range(n) if mask >> i & 1))
    return best


def expected(gain):
    value = by_states(gain)
    if len(gain) <= 16:
        assert by_subsets(gain) == value, gain
    return value


visible = [[6, 2, 3, 9, 7], [5, 1, 1, 5], [7]]
hidden = [
    [0],
    [4, 9],
    [9, 9],
    [3, 8, 3],
    [10, 1, 1, 10, 1, 1, 10],
    [0, 0, 0, 0],
    [10000] * 11,
    [2, 7, 9, 3, 1, 8],
    [5, 6, 5, 0],
    [rnd.randint(0, 20) for _ in range(13)],
    [rnd.randint(0, 10**4) for _ in range(16)],
    [rnd.randint(0, 10**4) for _ in range(1000)],
    # Large: 20,000 sensors, with heavy sensors at both ends so that the ring matters.
    [9999] + [rnd.randint(0, 999) for _ in range(19998)] + [9999],
]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for gain in group:
        out += [f"  - args: [{text(gain)}]", f"    expected: {expected(gain)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
