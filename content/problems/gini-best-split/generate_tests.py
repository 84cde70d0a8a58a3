"""Writes tests.yaml for gini-best-split: hand-made edge cases plus seeded random ones.

Scores are exact Fractions. Small and medium cases recount both sides from scratch for every
candidate threshold; the large case uses a sorted sweep with running counts, which is first
checked against the from-scratch count on every other case. Random cases are redrawn until
the best score beats every non-tied candidate by more than 1e-9.
"""
import json
import random
from fractions import Fraction
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


def gini_times_size(labels):
    counts = {}
    for y in labels:
        counts[y] = counts.get(y, 0) + 1
    return len(labels) - Fraction(sum(c * c for c in counts.values()), len(labels))


def scores_literal(values, labels):
    distinct = sorted(set(values))
    out = []
    for a, b in zip(distinct, distinct[1:]):
        t = (a + b) / 2
        left = [y for x, y in zip(values, labels) if x <= a]
        right = [y for x, y in zip(values, labels) if x > a]
        out.append((t, (gini_times_size(left) + gini_times_size(right)) / len(values)))
    return out


def scores_sweep(values, labels):
    pairs = sorted(zip(values, labels))
    n = len(pairs)
    total, left = {}, {}
    for _, y in pairs:
        total[y] = total.get(y, 0) + 1
    out = []
    for p in range(n - 1):
        left[pairs[p][1]] = left.get(pairs[p][1], 0) + 1
        if pairs[p][0] == pairs[p + 1][0]:
            continue
        nl, nr = p + 1, n - p - 1
        sl = nl - Fraction(sum(c * c for c in left.values()), nl)
        sr = nr - Fraction(sum((total[k] - left.get(k, 0)) ** 2 for k in total), nr)
        out.append(((pairs[p][0] + pairs[p + 1][0]) / 2, (sl + sr) / n))
    return out


def answer(scores):
    if not scores:
        return []
    best = min(s for _, s in scores)
    t = min(t for t, s in scores if s == best)
    return [t, float(best)]


def well_separated(scores):
    best = min(s for _, s in scores)
    return all(s == best or s - best > Fraction(1, 10**9) for _, s in scores)


rnd = random.Random(1717)


def random_case(n, classes, span, decimals=None, signal=0.5):
    while True:
        labels = [rnd.randrange(classes) for _ in range(n)]
        values = []
        for y in labels:
            v = rnd.gauss(y * signal * span / classes, span / 3)
            values.append(round(v, decimals) if decimals else float(int(v)))
        sc = scores_literal(values, labels)
        if sc and well_separated(sc):
            return values, labels


visible = [
    ([1.0, 2.0, 3.0, 4.0], [0, 0, 1, 1]),
    ([3.0, 1.0, 2.0, 2.0], [1, 0, 1, 0]),
    ([5.0, 5.0, 5.0], [0, 1, 0]),
]
hidden = [
    ([7.0], [3]),                                         # one item: no split
    ([-1.0, 1.0], [0, 0]),                                # pure node: every split scores 0, take the smallest
    ([0.5, -0.5], [1, 0]),                                # unsorted input
    ([1e6, -1e6, 0.0, 0.0, 1e6], [2, 0, 1, 1, 2]),        # extreme values, three classes
    ([1.0, 1.0, 2.0, 2.0, 3.0, 3.0], [0, 1, 0, 1, 0, 1]), # no split helps: all tie at 0.5
    ([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [1, 0, 1, 0, 1, 9]), # a rare class label 9
    ([2.0, 2.0, 2.0, 3.0], [0, 0, 1, 1]),                 # duplicates on the left
]
hidden.append(random_case(15, 2, 10))
hidden.append(random_case(80, 3, 100, decimals=2))
hidden.append(random_case(400, 5, 1000))
hidden.append(random_case(1500, 10, 50, decimals=3, signal=0.2))

for values, labels in visible + hidden:
    assert scores_literal(values, labels) == scores_sweep(values, labels)

# Large case: 18,000 applications, integer values 0..9999 (about 7,600 distinct), 3 classes.
n = 18000
big_labels = [rnd.randrange(3) for _ in range(n)]
big_values = [float(min(9999, max(0, int(rnd.gauss(4000 + 1000 * y, 2500))))) for y in big_labels]
big_scores = scores_sweep(big_values, big_labels)
assert well_separated(big_scores)

path = Path(__file__).with_name("tests.yaml")
write_tests(path, "Written by generate_tests.py beside this file.",
            [(c, answer(scores_literal(*c))) for c in visible], [(c, answer(scores_literal(*c))) for c in hidden])
with path.open("a") as f:
    f.write("  - args: [[" + ",".join(str(int(v)) for v in big_values) + "], [" + ",".join(map(str, big_labels)) + "]]\n")
    f.write("    expected: " + fmt(answer(big_scores)) + "\n")
