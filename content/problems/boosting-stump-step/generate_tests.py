"""Writes tests.yaml for boosting-stump-step: hand-made edge cases plus seeded random ones.

Everything is exact (Fractions; inputs are short decimals). Small and medium cases evaluate
every candidate threshold from scratch: both leaf means and the SSE by their definitions. The
large case uses prefix sums, checked against the from-scratch version on every other case.
Random cases are redrawn until every candidate SSE either equals the best exactly or exceeds
it by more than 1e-6 * (1 + sum r^2).
"""
import json
import random
from fractions import Fraction as F
from pathlib import Path

def fmt(v):
    """A value as YAML flow text: floats always carry a '.', strings are double-quoted."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        r = repr(v)
        if "e" in r and "." not in r.split("e")[0]:
            r = r.replace("e", ".0e", 1)
        return r
    if isinstance(v, str):
        return json.dumps(v)
    return "[" + ", ".join(fmt(x) for x in v) + "]"


def write_tests(path, header, visible, hidden):
    lines = ["# " + header, "visible:"]
    for args, expected in visible:
        lines += ["  - args: " + fmt(list(args)), "    expected: " + fmt(expected)]
    lines.append("hidden:")
    for args, expected in hidden:
        lines += ["  - args: " + fmt(list(args)), "    expected: " + fmt(expected)]
    path.write_text("\n".join(lines) + "\n")


def candidates_literal(x, r):
    distinct = sorted(set(x))
    out = []
    for a, b in zip(distinct, distinct[1:]):
        left = [v for xi, v in zip(x, r) if xi <= a]
        right = [v for xi, v in zip(x, r) if xi > a]
        ml, mr = sum(left) / len(left), sum(right) / len(right)
        sse = sum((v - ml) ** 2 for v in left) + sum((v - mr) ** 2 for v in right)
        out.append((F(a + b) / 2, sse, ml, mr))
    return out


def candidates_prefix(x, r):
    pairs = sorted(zip(x, r))
    n = len(pairs)
    total = sum(v for _, v in pairs)
    total_sq = sum(v * v for _, v in pairs)
    out, prefix = [], F(0)
    for p in range(n - 1):
        prefix += pairs[p][1]
        if pairs[p][0] == pairs[p + 1][0]:
            continue
        nl, nr = p + 1, n - p - 1
        suffix = total - prefix
        out.append((F(pairs[p][0] + pairs[p + 1][0]) / 2, total_sq - prefix * prefix / nl - suffix * suffix / nr, prefix / nl, suffix / nr))
    return out


def residuals(y, current):
    return [F(a) - F(b) for a, b in zip(y, current)]


def update(x, y, current, lr, cands):
    r = residuals(y, current)
    if not cands:
        h = [sum(r) / len(r)] * len(r)
    else:
        best = min(c[1] for c in cands)
        t, _, ml, mr = min(c for c in cands if c[1] == best)
        h = [ml if F(xi) <= t else mr for xi in x]
    return [float(F(f) + F(lr) * hi) for f, hi in zip(current, h)]


def separated(r, cands):
    if not cands:
        return True
    best = min(c[1] for c in cands)
    margin = F(1, 10**6) * (1 + sum(v * v for v in r))
    return all(c[1] == best or c[1] - best > margin for c in cands)


rnd = random.Random(2020)


def random_case(n, span, lr, decimals=2, steps=None):
    while True:
        x = [float(rnd.randint(0, span)) if steps else round(rnd.uniform(-span, span), decimals) for _ in range(n)]
        jump = rnd.uniform(-span, span)
        y = [round(xi * 0.3 + (jump if xi > 0 else 0) + rnd.gauss(0, 3), decimals) for xi in x]
        current = [round(rnd.gauss(0, 5), decimals) for _ in range(n)]
        r = residuals(y, current)
        fx = [F(v) for v in x]
        if separated(r, candidates_literal(fx, r)):
            return x, y, current, lr


visible = [
    ([1.0, 2.0, 3.0, 4.0], [1.0, 1.0, 5.0, 5.0], [3.0, 3.0, 3.0, 3.0], 0.5),
    ([0.0, 0.0, 0.0], [3.0, 6.0, 9.0], [0.0, 0.0, 0.0], 0.1),
    ([3.0, 1.0, 2.0], [0.0, 4.0, 0.0], [1.0, 1.0, 1.0], 1.0),
]
hidden = [
    ([5.0], [2.5], [-1.0], 0.3),                                        # one item
    ([1.0, 2.0, 3.0], [4.0, 4.0, 4.0], [4.0, 4.0, 4.0], 0.7),           # zero residuals: all splits tie
    ([-1.0, 1.0], [1.0, -1.0], [0.0, 0.0], 1.0),                        # two items
    ([2.0, 2.0, 5.0, 5.0, 9.0], [1.0, 3.0, 10.0, 10.0, 10.5], [0.0, 0.0, 0.0, 0.0, 0.0], 0.25),
    ([1000.0, -1000.0, 0.0, 0.0], [-1000.0, 1000.0, 500.0, -500.0], [1000.0, -1000.0, 0.0, 0.0], 0.9),
    ([1.0, 2.0, 3.0, 4.0], [0.0, 1.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0], 1.0),  # several equal SSEs
]
hidden.append(random_case(12, 10, 0.1))
hidden.append(random_case(60, 50, 0.3, steps=True))
hidden.append(random_case(300, 100, 0.05, decimals=1))
hidden.append(random_case(500, 20, 0.5, steps=True))

for c in visible + hidden:
    x, y, cur, lr = c
    r = residuals(y, cur)
    fx = [F(v) for v in x]
    assert candidates_literal(fx, r) == candidates_prefix(fx, r)

visible_cases = [(c, update(c[0], c[1], c[2], c[3], candidates_literal([F(v) for v in c[0]], residuals(c[1], c[2])))) for c in visible]
hidden_cases = [(c, update(c[0], c[1], c[2], c[3], candidates_literal([F(v) for v in c[0]], residuals(c[1], c[2])))) for c in hidden]

# Large case: 6,000 trips, integer feature 0..4999, integer targets and predictions.
n = 6000
big_x = [float(rnd.randint(0, 4999)) for _ in range(n)]
big_y = [float(int(v / 100) + rnd.randint(-20, 20)) for v in big_x]
big_f = [float(rnd.randint(-30, 30)) for _ in range(n)]
big_r = residuals(big_y, big_f)
big_c = candidates_prefix([F(v) for v in big_x], big_r)
assert separated(big_r, big_c)
big_expected = [round(v, 9) for v in update(big_x, big_y, big_f, 0.2, big_c)]

path = Path(__file__).with_name("tests.yaml")
write_tests(path, "Written by generate_tests.py beside this file.", visible_cases, hidden_cases)
with path.open("a") as f:
    ints = lambda vs: "[" + ",".join(str(int(v)) for v in vs) + "]"
    f.write(f"  - args: [{ints(big_x)}, {ints(big_y)}, {ints(big_f)}, 0.2]\n")
    f.write("    expected: [" + ",".join(fmt(v) for v in big_expected) + "]\n")
