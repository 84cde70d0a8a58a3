"""Writes tests.yaml for viral-reshare-total. Expected values come from raising the 2 x 2 matrix
[[a, 1], [0, 1]] to the power `hours` by repeated squaring (its top-right entry is
1 + a + ... + a^(hours-1)), independent of the bit-walking doubling reference; for hours <= 2000
the terms are also added one by one in exact integers."""
import random
from pathlib import Path

rnd = random.Random(271828)


def mat_mul(x, y, m):
    return [[(x[0][0] * y[0][0] + x[0][1] * y[1][0]) % m, (x[0][0] * y[0][1] + x[0][1] * y[1][1]) % m],
            [(x[1][0] * y[0][0] + x[1][1] * y[1][0]) % m, (x[1][0] * y[0][1] + x[1][1] * y[1][1]) % m]]


def by_matrix(a, hours, m):
    result = [[1 % m, 0], [0, 1 % m]]
    base = [[a % m, 1 % m], [0, 1 % m]]
    e = hours
    while e:
        if e & 1:
            result = mat_mul(result, base, m)
        base = mat_mul(base, base, m)
        e >>= 1
    return result[0][1]


def by_adding(a, hours, m):
    return sum(a ** i for i in range(hours)) % m


def expected(a, hours, m):
    value = by_matrix(a, hours, m)
    if hours <= 2000 and a <= 10**6:
        assert by_adding(a, hours, m) == value, (a, hours, m)
    return value


visible = [(3, 4, 100), (2, 10, 1000), (5, 3, 12)]
hidden = [
    (7, 0, 9),
    (0, 0, 5),
    (0, 1, 5),
    (0, 10**18, 5),
    (1, 10**18, 1000000007),
    (123, 456, 1),
    (10**18, 10**18, 2 * 10**9),
    (4, 5, 6),           # a - 1 = 3 shares a factor with m = 6
    (13, 100, 12),       # a = 1 mod m
    (2, 60, 2 * 10**9),
    (10, 7, 999999937),
    (rnd.randint(2, 10**6), rnd.randint(1000, 2000), rnd.randint(2, 2 * 10**9)),
    (rnd.randint(0, 10**18), rnd.randint(10**17, 10**18), 2**30),
    (rnd.randint(0, 10**18), rnd.randint(10**17, 10**18), 1000000007),
    (999999999999999999, 999999999999999999, 1999999973),
    (rnd.randint(0, 10**18), rnd.randint(10**17, 10**18), rnd.randint(10**9, 2 * 10**9)),
]

out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for a, hours, m in group:
        out += [f"  - args: [{a}, {hours}, {m}]", f"    expected: {expected(a, hours, m)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
